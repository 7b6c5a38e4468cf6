namespace Whereabouts.Linkage.Blocking;

/// <summary>
/// One blocking key per record, and for the few records that can be read in more than one way
/// (a name in a foreign romanisation) the other keys: a pair is a candidate when any key of one
/// equals any key of the other. The extra keys are kept apart, so records with one key cost one
/// string as before.
/// </summary>
internal sealed class BlockingKeys(int count)
{
    private readonly Dictionary<int, string[]> _more = [];

    /// <summary>Each record's first key, or null when it has none.</summary>
    public string?[] First { get; } = new string?[count];

    /// <summary>Whether any record has more than one key.</summary>
    public bool HasAlternatives => _more.Count > 0;

    /// <summary>Sets the keys of record <paramref name="i"/>: the first, then distinct others.</summary>
    public void Set(int i, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            First[i] = null;
            _more.Remove(i);
            return;
        }

        First[i] = keys[0];
        if (keys.Count == 1)
        {
            _more.Remove(i);
            return;
        }

        var others = keys.Skip(1).Where(k => !string.Equals(k, keys[0], StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        if (others.Length > 0)
        {
            _more[i] = others;
        }
        else
        {
            _more.Remove(i);
        }
    }

    /// <summary>The other keys of record <paramref name="i"/>, empty for most.</summary>
    public string[] More(int i) => _more.TryGetValue(i, out var more) ? more : [];

    /// <summary>Whether records <paramref name="i"/> of this and <paramref name="j"/> of <paramref name="other"/> share a key.</summary>
    public bool Agree(int i, BlockingKeys other, int j) => FirstCommon(i, other, j) is not null;

    /// <summary>
    /// The first key of record <paramref name="i"/> (in its own order) that record <paramref name="j"/>
    /// of <paramref name="other"/> also has, or null: a pair is emitted only from that key's block,
    /// so a pair that shares two keys is still emitted once.
    /// </summary>
    public string? FirstCommon(int i, BlockingKeys other, int j)
    {
        ArgumentNullException.ThrowIfNull(other);
        var a = First[i];
        var b = other.First[j];
        if (a is null || b is null)
        {
            return null;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a;
        }

        var moreA = More(i);
        var moreB = other.More(j);
        if (moreA.Length == 0 && moreB.Length == 0)
        {
            return null;
        }

        if (Array.IndexOf(moreB, a) >= 0)
        {
            return a;
        }

        foreach (var key in moreA)
        {
            if (string.Equals(key, b, StringComparison.Ordinal) || Array.IndexOf(moreB, key) >= 0)
            {
                return key;
            }
        }

        return null;
    }
}
