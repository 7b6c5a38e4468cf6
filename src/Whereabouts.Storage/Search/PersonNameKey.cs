namespace Whereabouts.Storage.Search;

/// <summary>
/// One phonetic key of one word of a person's names (<c>Whereabouts.Linkage.Names.NameKeys</c>),
/// so that a search in any script or spelling finds the person through an index.
/// </summary>
public sealed class PersonNameKey
{
    /// <summary>The person.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The identity the person belongs to, so that a search finds an identity once by any of its records' names.</summary>
    public Guid IdentityId { get; set; }

    /// <summary>The key of one word of a given, family or father's name.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>
    /// A copy of the sort name of the person's identity (<see cref="PersonIndexEntry.SortName"/> of the
    /// identity's entry), so that a page of the
    /// people with a key is read in order from the key's index alone.
    /// </summary>
    public string SortName { get; set; } = string.Empty;
}
