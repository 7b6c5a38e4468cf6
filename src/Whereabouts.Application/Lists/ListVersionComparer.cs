using Whereabouts.Linkage.Names;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Pairs the rows of two versions of a list and says which were added, which are gone and what
/// changed. Rows are paired, in this order, by the registry person they are linked to (compared by
/// identity, so two records judged one person are one); by the list's own row id when both rows
/// have one and their names agree; by name and date of birth; and by name alone when one of the
/// two rows has no date of birth and the name is unique on both sides. Never by line number: a
/// list published again is re-sorted and renumbered.
/// </summary>
/// <remarks>
/// Names are compared by the linkage engine's phonetic keys, so Арутюнян in January and
/// Harutyunyan in February are one row with its spelling changed. Every step is a dictionary
/// look-up: two 100,000-row versions compare in well under a second.
/// </remarks>
internal static class ListVersionComparer
{
    /// <summary>Compares <paramref name="earlier"/> with <paramref name="newer"/>.</summary>
    public static ListVersionComparison Compare(IReadOnlyList<ListChangeRow> earlier, IReadOnlyList<ListChangeRow> newer)
    {
        var left = earlier.OrderBy(r => r.Line).ToArray();
        var right = newer.OrderBy(r => r.Line).ToArray();
        var partnerOfLeft = new int[left.Length];
        var pairedRight = new bool[right.Length];
        Array.Fill(partnerOfLeft, -1);
        var leftNames = new NameKey?[left.Length];
        var rightNames = new NameKey?[right.Length];

        // Pairs the rows still unpaired whose keys are equal, in line order; a null key pairs nothing.
        void Pair(Func<int, string?> leftKey, Func<int, string?> rightKey, Func<int, int, bool> accept)
        {
            var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            for (var j = 0; j < right.Length; j++)
            {
                if (!pairedRight[j] && rightKey(j) is { } k)
                {
                    if (!waiting.TryGetValue(k, out var queue))
                    {
                        waiting[k] = queue = new Queue<int>();
                    }

                    queue.Enqueue(j);
                }
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (partnerOfLeft[i] < 0 && leftKey(i) is { } k && waiting.TryGetValue(k, out var queue)
                    && queue.TryPeek(out var j) && accept(i, j))
                {
                    queue.Dequeue();
                    partnerOfLeft[i] = j;
                    pairedRight[j] = true;
                }
            }
        }

        // Name keys are computed only for the rows that the identity and the row id left unpaired.
        var keys = new NameKeyCache();
        NameKey LeftName(int i) => leftNames[i] ??= keys.Of(left[i]);
        NameKey RightName(int j) => rightNames[j] ??= keys.Of(right[j]);
        static string? WithBirth(NameKey name, ListChangeRow row) => name.Full is { } full && row.BirthDate is { } birth ? full + "|" + birth : null;

        Pair(i => left[i].IdentityId?.ToString("N"), j => right[j].IdentityId?.ToString("N"), (_, _) => true);
        Pair(i => left[i].RowId, j => right[j].RowId, (i, j) => LeftName(i).AgreesWith(RightName(j)));

        // Most rows of a list published again are written as before: pairing the identical ones
        // first leaves the phonetic keys, the costly part, to the few respelled.
        Pair(i => AsWritten(left[i]), j => AsWritten(right[j]), (_, _) => true);
        Pair(i => WithBirth(LeftName(i), left[i]), j => WithBirth(RightName(j), right[j]), (_, _) => true);

        // A name alone pairs only when it is unique among the unpaired rows of both versions and one
        // of the two gave no date of birth: two namesakes born apart stay a departure and an arrival.
        var leftCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var rightCount = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < left.Length; i++)
        {
            if (partnerOfLeft[i] < 0 && LeftName(i).Full is { } full)
            {
                leftCount[full] = leftCount.GetValueOrDefault(full) + 1;
            }
        }

        for (var j = 0; j < right.Length; j++)
        {
            if (!pairedRight[j] && RightName(j).Full is { } full)
            {
                rightCount[full] = rightCount.GetValueOrDefault(full) + 1;
            }
        }

        string? Unique(string? full) => full is not null && leftCount.GetValueOrDefault(full) == 1 && rightCount.GetValueOrDefault(full) == 1 ? full : null;
        Pair(i => Unique(LeftName(i).Full), j => Unique(RightName(j).Full), (i, j) => left[i].BirthDate is null || right[j].BirthDate is null);

        var pairs = new List<(ListChangeRow Earlier, ListChangeRow Newer)>();
        var gone = new List<ListChangeRow>();
        for (var i = 0; i < left.Length; i++)
        {
            if (partnerOfLeft[i] >= 0)
            {
                pairs.Add((left[i], right[partnerOfLeft[i]]));
            }
            else
            {
                gone.Add(left[i]);
            }
        }

        var added = right.Where((_, j) => !pairedRight[j]).ToList();
        var restated = RestatedFateDate(pairs);
        var changed = new List<ListRowChange>();
        foreach (var (was, now) in pairs.OrderBy(p => p.Newer.Line))
        {
            var fields = Differences(was, now, restated);
            if (fields.Count > 0)
            {
                changed.Add(new ListRowChange(was, now, fields));
            }
        }

        return new ListVersionComparison(added, gone, changed, pairs.Count - changed.Count);
    }

    private static string? AsWritten(ListChangeRow row) =>
        row.FamilyName is null && row.GivenName is null ? null : string.Join('|', row.FamilyName, row.GivenName, row.Patronymic, row.BirthDate);

    /// <summary>
    /// The move of the "as of" date that most paired rows share, when they share it and keep their
    /// fate: a list that states its own date for every row restates each fate a month later, which
    /// is not news about anyone. Null when no move is common to more than half of the rows.
    /// </summary>
    private static (string? Earlier, string? Newer)? RestatedFateDate(List<(ListChangeRow Earlier, ListChangeRow Newer)> pairs)
    {
        var moves = new Dictionary<(string?, string?), int>();
        foreach (var (was, now) in pairs)
        {
            var before = was.FateAsOf?.ToString();
            var after = now.FateAsOf?.ToString();
            if (was.Fate == now.Fate && !string.Equals(before, after, StringComparison.Ordinal))
            {
                moves[(before, after)] = moves.GetValueOrDefault((before, after)) + 1;
            }
        }

        if (moves.Count == 0)
        {
            return null;
        }

        var common = moves.MaxBy(m => m.Value);
        return common.Value * 2 > pairs.Count ? common.Key : null;
    }

    private static List<ListFieldChange> Differences(ListChangeRow was, ListChangeRow now, (string? Earlier, string? Newer)? restated)
    {
        var fields = new List<ListFieldChange>();
        void Compare(ListChangeField field, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                fields.Add(new ListFieldChange(field, before, after));
            }
        }

        Compare(ListChangeField.Fate, was.Fate?.ToString(), now.Fate?.ToString());
        var dateBefore = was.FateAsOf?.ToString();
        var dateAfter = now.FateAsOf?.ToString();
        if (!(was.Fate == now.Fate && restated is { } move && string.Equals(move.Earlier, dateBefore, StringComparison.Ordinal) && string.Equals(move.Newer, dateAfter, StringComparison.Ordinal)))
        {
            Compare(ListChangeField.FateDate, dateBefore, dateAfter);
        }

        Compare(ListChangeField.GivenName, was.GivenName, now.GivenName);
        Compare(ListChangeField.FamilyName, was.FamilyName, now.FamilyName);
        Compare(ListChangeField.Patronymic, was.Patronymic, now.Patronymic);
        Compare(ListChangeField.BirthDate, was.BirthDate, now.BirthDate);
        Compare(ListChangeField.Rank, was.Rank, now.Rank);
        Compare(ListChangeField.Unit, was.Unit, now.Unit);
        Compare(ListChangeField.ServiceNumber, was.ServiceNumber, now.ServiceNumber);
        return fields;
    }

    /// <summary>The phonetic keys of the names met so far: a list repeats its given names thousands of times.</summary>
    private sealed class NameKeyCache
    {
        private readonly Dictionary<string, string> _family = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _given = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _father = new(StringComparer.Ordinal);

        public NameKey Of(ListChangeRow row) => new(
            Cached(_family, row.FamilyName ?? string.Empty, NameKeys.Family)!,
            Cached(_given, row.GivenName ?? string.Empty, NameKeys.Given)!,
            row.Patronymic is { } patronymic ? Cached(_father, patronymic, NameKeys.Father) : null);

        private static TKey Cached<TKey>(Dictionary<string, TKey> cache, string name, Func<string, TKey> key)
        {
            if (!cache.TryGetValue(name, out var value))
            {
                cache[name] = value = key(name);
            }

            return value;
        }
    }

    /// <summary>A row's name as phonetic keys: the same name in another script or spelling has the same keys.</summary>
    private sealed record NameKey(string Family, string Given, string? Father)
    {
        /// <summary>Family and given name together, or null when neither has letters (then the name pairs nothing).</summary>
        public string? Full => Family.Length == 0 && Given.Length == 0 ? null : Family + "|" + Given;

        /// <summary>
        /// Whether two rows with one row id name one person: the family names agree, or the given
        /// names and fathers do (a family name respelled beyond recognition, a woman's new name).
        /// </summary>
        public bool AgreesWith(NameKey other) =>
            (Family.Length > 0 && string.Equals(Family, other.Family, StringComparison.Ordinal))
            || (Given.Length > 0 && Father is not null && string.Equals(Given, other.Given, StringComparison.Ordinal) && string.Equals(Father, other.Father, StringComparison.Ordinal));
    }
}
