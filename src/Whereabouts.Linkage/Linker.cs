using System.Diagnostics;
using System.Runtime.InteropServices;
using Whereabouts.Linkage.Blocking;
using Whereabouts.Linkage.Comparisons;
using Whereabouts.Linkage.Model;
using Whereabouts.Linkage.Records;
using Whereabouts.Linkage.Settings;

namespace Whereabouts.Linkage;

/// <summary>
/// Probabilistic record linkage after Fellegi and Sunter: blocking makes candidate pairs, every
/// field is compared to a level, u-probabilities come from random pairs, m-probabilities and the
/// match rate from expectation-maximisation without labels, and each pair's weight is the sum of
/// its fields' log-likelihood ratios, adjusted for how common an agreeing value is.
/// </summary>
public sealed class Linker
{
    private readonly LinkageSettings _settings;
    private readonly FieldComparison[] _comparisons;
    private readonly List<IReadOnlyList<BlockingKeyPart>> _rules;

    /// <summary>Creates a linker for the settings.</summary>
    /// <exception cref="LinkageInputException">The settings are inconsistent.</exception>
    public Linker(LinkageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate("settings");
        _settings = settings;
        _comparisons = settings.Fields.Select(f => FieldComparison.For(f.Comparison)).ToArray();
        _rules = settings.Blocking.Select(rule => (IReadOnlyList<BlockingKeyPart>)rule.Select(part => BlockingKeyPart.Parse(part)).ToList()).ToList();
    }

    /// <summary>Finds the records of one table that are the same person (or entity).</summary>
    public LinkageResult Deduplicate(RecordTable table, IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Execute(table, table, progress, cancellationToken);

    /// <summary>Finds the records of <paramref name="left"/> and <paramref name="right"/> that are the same person.</summary>
    public LinkageResult Link(RecordTable left, RecordTable right, IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Execute(left, right, progress, cancellationToken);

    private LinkageResult Execute(RecordTable left, RecordTable right, IProgress<LinkageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var clock = Stopwatch.StartNew();
        var stages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        void Lap(string stage)
        {
            stages[stage] = clock.Elapsed;
            clock.Restart();
        }

        var deduplicate = ReferenceEquals(left, right);
        progress?.Report(new LinkageProgress("preparing", 0, 0));
        var run = new Run(this, left, right);
        Lap("preparing");

        var candidates = new CandidatePairs(_rules, run.FieldIndex, run.LeftFields, run.RightFields, left.Count, right.Count);
        var pairs = candidates.Generate(deduplicate, progress, cancellationToken);
        Lap("blocking");

        var patterns = run.Compare(pairs, progress, cancellationToken);
        var counts = new Dictionary<long, long>();
        foreach (var pattern in patterns)
        {
            // One lookup per pair, not two: this loop runs on one core over every candidate pair.
            CollectionsMarshal.GetValueRefOrAddDefault(counts, pattern, out _)++;
        }

        Lap("comparing");
        progress?.Report(new LinkageProgress("training", 0, 0));
        var u = ModelTrainer.EstimateU(run.SampleRandomLevels(deduplicate, _settings.USamplePairs, cancellationToken));
        var levelCounts = _comparisons.Select(c => c.Levels.Count).ToArray();

        // Train m on pairs blocked by one field at a time, so that the other fields are free to show
        // how matches differ from non-matches (see ModelTrainer.EstimateMBySession).
        var trainingParts = _rules.SelectMany(rule => rule).Distinct().ToList();
        var training = new CandidatePairs(trainingParts.Select(p => (IReadOnlyList<BlockingKeyPart>)[p]).ToList(), run.FieldIndex, run.LeftFields, run.RightFields, left.Count, right.Count);
        var sessions = new List<IReadOnlyDictionary<long, long>>();
        var blocked = new List<bool[]>();
        for (var t = 0; t < trainingParts.Count; t++)
        {
            var sample = training.Sample(t, deduplicate, _settings.TrainingPairsPerField, seed: 1214 + t);
            var session = new Dictionary<long, long>();
            foreach (var pattern in run.Compare(sample, null, cancellationToken))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(session, pattern, out _)++;
            }

            var mask = new bool[_comparisons.Length];
            mask[run.FieldIndex(trainingParts[t].Field)] = true;
            sessions.Add(session);
            blocked.Add(mask);
        }

        var (m, iterations) = ModelTrainer.EstimateMBySession(sessions, blocked, counts, levelCounts, u);
        var possible = deduplicate ? (double)left.Count * (left.Count - 1) / 2 : (double)left.Count * right.Count;
        var lambda = ModelTrainer.EstimateGlobalLambda(counts, m, u, Math.Max(1, possible));
        var model = new FellegiSunterModel(
            _settings.Fields.Select(f => f.Name).ToList(),
            _comparisons.Select(c => c.Levels).ToList(),
            m,
            u,
            lambda,
            iterations);
        Lap("training");

        var matches = run.Score(model, pairs, patterns, _settings.Threshold, progress, cancellationToken);
        Lap("scoring");
        var skipped = candidates.SkippedBlocks
            .Select(s => $"rule [{string.Join(", ", _settings.Blocking[s.Rule])}]: a block of {s.Size} records")
            .ToList();
        return new LinkageResult(run, model, matches, pairs.Count, skipped, stages);
    }

    /// <summary>One run's prepared data: the fields of both tables and their term frequencies.</summary>
    internal sealed class Run
    {
        private readonly Linker _linker;
        private readonly Dictionary<string, int>[] _valueCounts;
        private readonly Dictionary<string, int>[] _keyCounts;
        private readonly long[] _valueTotals;
        private readonly double[] _valueSumSquares;
        private readonly double[] _keySumSquares;
        private readonly double[]?[] _familyTerms;
        private readonly double[]?[] _givenTerms;

        public Run(Linker linker, RecordTable left, RecordTable right)
        {
            _linker = linker;
            Left = left;
            Right = right;
            var fields = linker._settings.Fields;
            foreach (var field in fields)
            {
                foreach (var table in ReferenceEquals(left, right) ? [left] : new[] { left, right })
                {
                    if (field.NameColumns is { } nameColumns)
                    {
                        if (!nameColumns.All.Any(c => table.IndexOf(c) >= 0))
                        {
                            throw new LinkageInputException(table.Name, 1, $"there is none of the columns {string.Join(", ", nameColumns.All.Select(c => $"'{c}'"))} for field '{field.Name}'");
                        }
                    }
                    else if (table.IndexOf(field.ColumnName) < 0)
                    {
                        throw new LinkageInputException(table.Name, 1, $"there is no column '{field.ColumnName}' for field '{field.Name}'");
                    }
                }
            }

            LeftFields = Prepare(left);
            RightFields = ReferenceEquals(left, right) ? LeftFields : Prepare(right);
            _valueCounts = new Dictionary<string, int>[fields.Count];
            _keyCounts = new Dictionary<string, int>[fields.Count];
            _valueTotals = new long[fields.Count];
            _valueSumSquares = new double[fields.Count];
            _keySumSquares = new double[fields.Count];
            _familyTerms = new double[]?[fields.Count];
            _givenTerms = new double[]?[fields.Count];
            for (var f = 0; f < fields.Count; f++)
            {
                _valueCounts[f] = new Dictionary<string, int>(StringComparer.Ordinal);
                _keyCounts[f] = new Dictionary<string, int>(StringComparer.Ordinal);
                if (!fields[f].TermFrequency)
                {
                    continue;
                }

                if (linker._comparisons[f] is PersonNameComparison)
                {
                    // Names count by their family and given parts, whichever column they came from.
                    var frequencies = new NameFrequencies();
                    frequencies.Add(LeftFields[f].Names!);
                    if (!ReferenceEquals(LeftFields, RightFields))
                    {
                        frequencies.Add(RightFields[f].Names!);
                    }

                    frequencies.Complete();

                    // Each left record's terms once, not once per pair it is in (NaN: not counted).
                    var names = LeftFields[f].Names!;
                    var familyTerms = new double[names.Length];
                    var givenTerms = new double[names.Length];
                    for (var r = 0; r < names.Length; r++)
                    {
                        familyTerms[r] = frequencies.FamilyTerm(names[r]?.Family) ?? double.NaN;
                        givenTerms[r] = frequencies.GivenTerm(names[r]?.Given) ?? double.NaN;
                    }

                    _familyTerms[f] = familyTerms;
                    _givenTerms[f] = givenTerms;
                    continue;
                }

                Count(f, LeftFields[f]);
                if (!ReferenceEquals(LeftFields, RightFields))
                {
                    Count(f, RightFields[f]);
                }

                double total = _valueTotals[f];
                _valueSumSquares[f] = _valueCounts[f].Values.Sum(c => (c / total) * (c / total));
                _keySumSquares[f] = _keyCounts[f].Values.Sum(c => (c / total) * (c / total));
            }
        }

        public RecordTable Left { get; }

        public RecordTable Right { get; }

        public PreparedField[] LeftFields { get; }

        public PreparedField[] RightFields { get; }

        public int FieldIndex(string name)
        {
            var fields = _linker._settings.Fields;
            for (var f = 0; f < fields.Count; f++)
            {
                if (string.Equals(fields[f].Name, name, StringComparison.Ordinal))
                {
                    return f;
                }
            }

            throw new LinkageInputException("settings", 0, $"no field '{name}'");
        }

        /// <summary>The comparison pattern of every pair, computed on all cores.</summary>
        public long[] Compare(List<long> pairs, IProgress<LinkageProgress>? progress, CancellationToken cancellationToken)
        {
            var patterns = new long[pairs.Count];
            var chunk = 1 << 16;
            var chunks = (pairs.Count + chunk - 1) / chunk;
            long done = 0;
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            {
                var end = Math.Min(pairs.Count, (c + 1) * chunk);
                for (var p = c * chunk; p < end; p++)
                {
                    var pair = pairs[p];
                    patterns[p] = Pattern((int)(pair >> 32), (int)(uint)pair);
                }

                var now = Interlocked.Add(ref done, end - (c * chunk));
                progress?.Report(new LinkageProgress("comparing", now, pairs.Count));
            });
            return patterns;
        }

        /// <summary>Level counts per field over random pairs, for u-probabilities.</summary>
        public long[][] SampleRandomLevels(bool deduplicate, int samples, CancellationToken cancellationToken)
        {
            var comparisons = _linker._comparisons;
            var counts = comparisons.Select(c => new long[c.Levels.Count]).ToArray();
            long possible = deduplicate ? (long)Left.Count * (Left.Count - 1) / 2 : (long)Left.Count * Right.Count;
            if (possible == 0)
            {
                return counts;
            }

            // Random pairs in fixed-seed chunks on all cores: the same counts on every run and machine.
            var draws = (int)Math.Min(samples, possible);
            const int chunk = 1 << 16;
            var chunks = (draws + chunk - 1) / chunk;
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            {
                var random = new Random(20201214 + c);
                var local = comparisons.Select(x => new long[x.Levels.Count]).ToArray();
                var end = Math.Min(draws, (c + 1) * chunk);
                for (var s = c * chunk; s < end; s++)
                {
                    var i = random.Next(Left.Count);
                    var j = random.Next(Right.Count);
                    if (deduplicate && i == j)
                    {
                        j = (j + 1) % Right.Count;
                    }

                    for (var f = 0; f < comparisons.Length; f++)
                    {
                        local[f][comparisons[f].Compare(LeftFields[f], i, RightFields[f], j)]++;
                    }
                }

                lock (counts)
                {
                    for (var f = 0; f < counts.Length; f++)
                    {
                        for (var l = 0; l < counts[f].Length; l++)
                        {
                            counts[f][l] += local[f][l];
                        }
                    }
                }
            });

            return counts;
        }

        /// <summary>Weights every pair and keeps those at or above the threshold, best first.</summary>
        public List<ScoredPair> Score(FellegiSunterModel model, List<long> pairs, long[] patterns, double threshold, IProgress<LinkageProgress>? progress, CancellationToken cancellationToken)
        {
            progress?.Report(new LinkageProgress("scoring", 0, pairs.Count));
            var thresholdWeight = Math.Log2(threshold / (1 - threshold));
            var matches = new List<ScoredPair>();
            var chunk = 1 << 16;
            var chunks = (pairs.Count + chunk - 1) / chunk;
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            {
                var local = new List<ScoredPair>();
                var end = Math.Min(pairs.Count, (c + 1) * chunk);
                for (var p = c * chunk; p < end; p++)
                {
                    var i = (int)(pairs[p] >> 32);
                    var j = (int)(uint)pairs[p];
                    var weight = Weigh(model, patterns[p], i, j);
                    if (weight >= thresholdWeight)
                    {
                        local.Add(new ScoredPair(i, j, weight, FellegiSunterModel.Probability(weight)));
                    }
                }

                lock (matches)
                {
                    matches.AddRange(local);
                }
            });
            matches.Sort((a, b) => b.Weight.CompareTo(a.Weight));
            progress?.Report(new LinkageProgress("scoring", pairs.Count, pairs.Count));
            return matches;
        }

        public ScoredPair ScorePair(FellegiSunterModel model, int i, int j)
        {
            var weight = Weigh(model, Pattern(i, j), i, j);
            return new ScoredPair(i, j, weight, FellegiSunterModel.Probability(weight));
        }

        public PairExplanation Explain(FellegiSunterModel model, int i, int j)
        {
            var fields = _linker._settings.Fields;
            var pattern = Pattern(i, j);
            var contributions = new List<FieldContribution>(fields.Count);
            var weights = new double[fields.Count];
            var adjusted = new bool[fields.Count];
            for (var f = 0; f < fields.Count; f++)
            {
                var level = (int)((pattern >> (4 * f)) & 0xF);
                (weights[f], adjusted[f]) = FieldWeight(model, f, level, i, j);
            }

            var absolute = weights.Sum(Math.Abs);
            for (var f = 0; f < fields.Count; f++)
            {
                var level = (int)((pattern >> (4 * f)) & 0xF);
                contributions.Add(new FieldContribution(
                    fields[f].Name,
                    _linker._comparisons[f].Levels[level],
                    _linker._comparisons[f].DisplayValue(LeftFields[f], i),
                    _linker._comparisons[f].DisplayValue(RightFields[f], j),
                    weights[f],
                    absolute == 0 ? 0 : Math.Abs(weights[f]) / absolute,
                    adjusted[f],
                    _linker._comparisons[f].Describe(LeftFields[f], i, RightFields[f], j, level)));
            }

            var total = model.PriorWeight + weights.Sum();
            return new PairExplanation(Left.Ids[i], Right.Ids[j], model.PriorWeight, contributions, total, FellegiSunterModel.Probability(total));
        }

        private long Pattern(int i, int j)
        {
            var comparisons = _linker._comparisons;
            long pattern = 0;
            for (var f = 0; f < comparisons.Length; f++)
            {
                pattern |= (long)comparisons[f].Compare(LeftFields[f], i, RightFields[f], j) << (4 * f);
            }

            return pattern;
        }

        private double Weigh(FellegiSunterModel model, long pattern, int i, int j)
        {
            var weight = model.PriorWeight;
            for (var f = 0; f < model.Weights.Length; f++)
            {
                var level = (int)((pattern >> (4 * f)) & 0xF);
                if (level != 0)
                {
                    weight += FieldWeight(model, f, level, i, j).Weight;
                }
            }

            return weight;
        }

        // Term-frequency adjustment: agreement on a common value is weaker evidence than on a rare
        // one. The level's u is scaled by how common this value is against a typical agreeing value
        // (the sum of squared frequencies): u × tf(v) / Σ tf². At the exact level, whose u is about
        // Σ tf², that is Splink's log2(m / tf(v)); at the name-key level it keeps the level's own u.
        private (double Weight, bool Adjusted) FieldWeight(FellegiSunterModel model, int f, int level, int i, int j)
        {
            if (level == 0)
            {
                return (0, false);
            }

            if (_familyTerms[f] is { } familyTerms)
            {
                var adjustment = PersonNameComparison.Adjustment(level, familyTerms[i], _givenTerms[f]![i]);
                return double.IsNaN(adjustment) ? (model.Weights[f][level], false) : (model.Weights[f][level] + adjustment, true);
            }

            if (_linker._settings.Fields[f].TermFrequency && _valueTotals[f] > 0)
            {
                var (valueLevel, keyLevel) = _linker._comparisons[f].TermFrequencyLevels;
                var byValue = level == valueLevel;
                var value = byValue ? LeftFields[f].Value[i] : level == keyLevel ? LeftFields[f].Key[i] : null;
                var table = byValue ? _valueCounts[f] : _keyCounts[f];
                if (value is not null && table.TryGetValue(value, out var count))
                {
                    var frequency = (double)count / _valueTotals[f];
                    var typical = byValue ? _valueSumSquares[f] : _keySumSquares[f];
                    return (model.Weights[f][level] + Math.Log2(typical / frequency), true);
                }
            }

            return (model.Weights[f][level], false);
        }

        private void Count(int f, PreparedField field)
        {
            for (var i = 0; i < field.Value.Length; i++)
            {
                if (field.Value[i] is { } value)
                {
                    _valueCounts[f][value] = _valueCounts[f].GetValueOrDefault(value) + 1;
                    _valueTotals[f]++;
                }

                if (field.Key[i] is { } key)
                {
                    _keyCounts[f][key] = _keyCounts[f].GetValueOrDefault(key) + 1;
                }
            }
        }

        private PreparedField[] Prepare(RecordTable table)
        {
            var fields = _linker._settings.Fields;
            var prepared = new PreparedField[fields.Count];
            var names = new Dictionary<NameColumns, PersonName?[]>();
            for (var f = 0; f < fields.Count; f++)
            {
                prepared[f] = new PreparedField(table.Count);
                var comparison = _linker._comparisons[f];
                if (fields[f].NameColumns is { } nameColumns && comparison.ReadsNameColumns)
                {
                    // The name and the patronymic field read the same columns: split them once.
                    if (!names.TryGetValue(nameColumns, out var read))
                    {
                        read = ReadNames(table, nameColumns);
                        names[nameColumns] = read;
                    }

                    comparison.PrepareNames(read, prepared[f]);
                    continue;
                }

                var column = table.IndexOf(fields[f].ColumnName);
                var raw = new string?[table.Count];
                for (var r = 0; r < table.Count; r++)
                {
                    raw[r] = table.Rows[r][column];
                }

                comparison.Prepare(raw, prepared[f]);
            }

            return prepared;
        }

        private static PersonName?[] ReadNames(RecordTable table, NameColumns columns)
        {
            int At(string? column) => column is null ? -1 : table.IndexOf(column);
            var (given, family, patronymic, full) = (At(columns.Given), At(columns.Family), At(columns.Patronymic), At(columns.Full));
            string? Cell(string?[] row, int at) => at < 0 || string.IsNullOrWhiteSpace(row[at]) ? null : row[at];
            var rows = new NameColumnValues[table.Count];
            for (var r = 0; r < table.Count; r++)
            {
                var row = table.Rows[r];
                rows[r] = new NameColumnValues(Cell(row, given), Cell(row, family), Cell(row, patronymic), Cell(row, full));
            }

            return PersonNameReader.ReadTable(rows);
        }
    }
}
