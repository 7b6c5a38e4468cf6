using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>A person as lists show them.</summary>
/// <param name="Id">The person.</param>
/// <param name="DisplayName">The primary name as written.</param>
/// <param name="Side">The side.</param>
/// <param name="Fate">The current fate, or null when none is recorded.</param>
/// <param name="IsContested">Whether credible sources disagree about the fate.</param>
/// <param name="BirthYear">Year of birth, if known.</param>
/// <param name="IsInvented">Whether the person is invented demo data.</param>
/// <param name="NearSpellingOf">
/// The searched words this person was found by only through a near spelling (one letter off, see
/// <see cref="NearSpellings"/>), as typed; empty for a person every word found as spelled.
/// </param>
public sealed record PersonListItem(Guid Id, string DisplayName, string? Side, FateStatus? Fate, bool IsContested, int? BirthYear, bool IsInvented, IReadOnlyList<string>? NearSpellingOf = null)
{
    /// <summary>Whether a near spelling of a searched word, not the word itself, found this person.</summary>
    public bool IsNearMatch => NearSpellingOf is { Count: > 0 };
}
