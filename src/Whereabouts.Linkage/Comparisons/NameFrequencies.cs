namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// How common each family and each given name is in the lists of one run (by key), for the
/// term-frequency adjustment of <see cref="PersonNameComparison"/>: two Grigoryans agree less than
/// two Zohrabyans. A name's term is log2(Σ f² / f(name)): zero for a typically common name,
/// positive for a rare one, negative for a very common one.
/// </summary>
internal sealed class NameFrequencies
{
    private readonly Table _family = new();
    private readonly Table _given = new();

    /// <summary>Counts the names of the records (both tables of a linkage, once each).</summary>
    public void Add(IEnumerable<PersonName?> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            if (name?.Family is { IsInitial: false, FamilyKey.Length: > 0 } family)
            {
                _family.Add(family.FamilyKey);
            }

            if (name?.Given is { IsInitial: false, GivenKey.Length: > 0 } given)
            {
                _given.Add(given.GivenKey);
            }
        }
    }

    /// <summary>Computes the sums of squares; call after the last <see cref="Add"/>.</summary>
    public void Complete()
    {
        _family.Complete();
        _given.Complete();
    }

    /// <summary>The adjustment for agreeing on this family name, or null when it is not counted.</summary>
    public double? FamilyTerm(NameUnit? family) => family is null || family.IsInitial ? null : _family.Term(family.FamilyKey);

    /// <summary>The adjustment for agreeing on this given name, or null when it is not counted.</summary>
    public double? GivenTerm(NameUnit? given) => given is null || given.IsInitial ? null : _given.Term(given.GivenKey);

    private sealed class Table
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private long _total;
        private double _sumSquares;

        public void Add(string key)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            _total++;
        }

        public void Complete()
        {
            double total = Math.Max(1, _total);
            _sumSquares = _counts.Values.Sum(c => (c / total) * (c / total));
        }

        public double? Term(string key)
        {
            if (_total == 0 || !_counts.TryGetValue(key, out var count))
            {
                return null;
            }

            return Math.Log2(_sumSquares / ((double)count / _total));
        }
    }
}
