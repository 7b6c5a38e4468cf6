using Whereabouts.Domain;

namespace Whereabouts.Storage.Search;

/// <summary>
/// A person's row in the search index: what lists and filters need without loading the fate
/// history. Derived from <see cref="Person"/> on every save; never edited by hand.
/// </summary>
public sealed class PersonIndexEntry
{
    /// <summary>The person.</summary>
    public Guid PersonId { get; set; }

    /// <summary>
    /// The identity the person belongs to (<see cref="Person.IdentityId"/>). Lists and counts show an
    /// identity once, by the entry whose <see cref="PersonId"/> is the identity; that entry's fate is
    /// derived over every record of the identity.
    /// </summary>
    public Guid IdentityId { get; set; }

    /// <summary>The primary name as written.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The primary name in Latin letters, family name first, lower case: the list order.</summary>
    public string SortName { get; set; } = string.Empty;

    /// <summary>The slug of the party the person belongs to, or null when none is recorded.</summary>
    public string? Side { get; set; }

    /// <summary>The current fate, or null when none is recorded.</summary>
    public FateStatus? Fate { get; set; }

    /// <summary>Whether credible sources disagree about the fate.</summary>
    public bool IsContested { get; set; }

    /// <summary>Year of birth (the earliest year a partial date allows), if known.</summary>
    public int? BirthYear { get; set; }

    /// <summary>Whether the person is invented (demo data).</summary>
    public bool IsInvented { get; set; }
}
