namespace Whereabouts.Storage.Search;

/// <summary>
/// Two distinct name keys of one identity (<see cref="PersonNameKey"/>), written as one key, so
/// that a search of two words is one ordered index range of the identities that have both, instead
/// of the rows of one common word tested against the rows of another (docs/adr/0021).
/// </summary>
/// <remarks>
/// An identity has a pair for every two of the distinct keys of all its records: a word found in
/// one record and another in a joined record of the same man are found together, as the search
/// over single keys finds them.
/// </remarks>
public sealed class PersonNamePair
{
    /// <summary>
    /// Separates the two keys in <see cref="Key"/>: a control character no name key holds (keys are
    /// words of letters), and lower than every letter, so the pairs of a key sort together.
    /// </summary>
    public const char Separator = '\u001F';

    /// <summary>The longest pair key: two keys and the separator.</summary>
    public const int MaxLength = (2 * PersonIndexer.MaxKeyLength) + 1;

    /// <summary>The identity that has both keys.</summary>
    public Guid IdentityId { get; set; }

    /// <summary>The pair, as <see cref="Of"/> writes it.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>A copy of the identity's sort name (as <see cref="PersonNameKey.SortName"/>), so a page is read in order from the pair's index alone.</summary>
    public string SortName { get; set; } = string.Empty;

    /// <summary>
    /// The pair key of two distinct keys, the same whichever is given first: the lower (by ordinal
    /// comparison, as both databases compare the column) first.
    /// </summary>
    public static string Of(string one, string other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        return string.CompareOrdinal(one, other) <= 0 ? one + Separator + other : other + Separator + one;
    }

    /// <summary>Every pair of two distinct keys of <paramref name="keys"/>.</summary>
    public static HashSet<string> AllOf(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                pairs.Add(Of(distinct[i], distinct[j]));
            }
        }

        return pairs;
    }
}
