namespace Whereabouts.Storage.Search;

/// <summary>
/// One distinct name key and how many <see cref="PersonNameKey"/> rows carry it: the vocabulary
/// a search reads before it reads any person. It tells which keys a typed prefix or a near
/// spelling stands for, which word of a search is the rarest, and about how many people a
/// common name will find, without counting them (docs/adr/0021).
/// </summary>
/// <remarks>Kept by saving, in the same transaction as the keys; a count may fall to zero and the row stays.</remarks>
public sealed class PersonNameKeyCount
{
    /// <summary>The key (<see cref="PersonNameKey.Key"/>).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>How many key rows carry the key: one per record whose names have it.</summary>
    public int Rows { get; set; }
}
