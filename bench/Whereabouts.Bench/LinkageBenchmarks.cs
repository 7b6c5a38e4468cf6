using System.Diagnostics;
using System.Globalization;
using Whereabouts.Application.Linkage;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Records;
using Whereabouts.Linkage.Settings;

namespace Whereabouts.Bench;

/// <summary>
/// FEBRL 4 linkage and FEBRL 1 and 2 deduplication (precision, recall, F1 by rec_id, candidate
/// pairs, seconds), then deduplication of generated person lists at scale (seconds, peak memory),
/// and the scoring throughput in pairs per second per core.
/// </summary>
internal static class LinkageBenchmarks
{
    public static void Run(string? dataFolder, int scale)
    {
        var febrl = dataFolder is null ? null : Path.Combine(dataFolder, "febrl");
        if (febrl is null || !Directory.Exists(febrl))
        {
            Console.WriteLine("FEBRL: skipped, ../shared/data/febrl is absent (set WHEREABOUTS_BENCH_DATA to the data folder).");
        }
        else
        {
            var settings = LinkageSettings.Parse(File.ReadAllText(SettingsFile()), "febrl.json");
            Febrl(settings, "FEBRL4 (4a x 4b)", Path.Combine(febrl, "dataset4a.csv"), Path.Combine(febrl, "dataset4b.csv"));
            Febrl(settings, "FEBRL1 dedup", Path.Combine(febrl, "dataset1.csv"), null);
            Febrl(settings, "FEBRL2 dedup", Path.Combine(febrl, "dataset2.csv"), null);
        }

        CrossScript(people: 6_000, seed: CrossScriptSeed);
        Scale(scale);
    }

    /// <summary>
    /// The seed of the reported cross-script lists. Development used seed 101 (and the unit tests
    /// their own invented lists); this one was not looked at while tuning.
    /// </summary>
    internal const int CrossScriptSeed = 2027;

    /// <summary>
    /// Linkage of a full-name Cyrillic/Armenian list against a separate-column Latin list in six
    /// romanisations (see <see cref="CrossScriptLists"/>), beside the plain transliterate-and-compare baseline.
    /// </summary>
    internal static void CrossScript(int people, int seed)
    {
        var (left, right) = CrossScriptLists.Create(people, seed);
        var truth = CrossScriptLists.TruePairs(left, right);
        var columns = left.Columns.Union(right.Columns, StringComparer.Ordinal).ToList();
        var result = new Linker(LinkageSettings.ForPersonLists(columns)).Link(left, right);
        var found = result.Matches.Select(p => Key(left.Ids[p.Left], right.Ids[p.Right])).ToHashSet(StringComparer.Ordinal);
        Print(string.Create(CultureInfo.InvariantCulture, $"cross-script lists, seed {seed} ({left.Count:N0} x {right.Count:N0})"), result, Quality(found, truth));

        var clock = Stopwatch.StartNew();
        var baseline = TransliterateAndCompare.Match(left, right);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  baseline, transliterate and compare (sorted words, Jaro-Winkler >= {TransliterateAndCompare.Threshold}, same birth year): {Quality(baseline, truth)}; {clock.Elapsed.TotalSeconds:F1} s"));
        if (Environment.GetEnvironmentVariable("WHEREABOUTS_BENCH_MISSES") is "1")
        {
            var model = result.Model;
            for (var f = 0; f < model.Fields.Count; f++)
            {
                Console.WriteLine($"  m/u {model.Fields[f]}: " + string.Join(", ", model.Levels[f].Select((level, l) => string.Create(
                    CultureInfo.InvariantCulture, $"{level} {model.MProbabilities[f][l]:G2}/{model.UProbabilities[f][l]:G2}"))));
            }

            foreach (var pair in truth.Where(t => !found.Contains(t)).Take(40))
            {
                var ids = pair.Split('|');
                var i = left.Ids.ToList().IndexOf(ids[0]);
                var j = right.Ids.ToList().IndexOf(ids[1]);
                var explanation = result.Explain(i, j);
                Console.WriteLine($"  missed {string.Join(" | ", left.Rows[i])}  ~  {string.Join(" | ", right.Rows[j])}  p={explanation.Probability:F3} "
                    + string.Join("; ", explanation.Fields.Select(f => $"{f.Field}={f.Level}")));
            }

            foreach (var pair in found.Where(t => !truth.Contains(t)).Take(20))
            {
                var ids = pair.Split('|');
                var i = left.Ids.ToList().IndexOf(ids[0]);
                var j = right.Ids.ToList().IndexOf(ids[1]);
                var explanation = result.Explain(i, j);
                Console.WriteLine($"  false {string.Join(" | ", left.Rows[i])}  ~  {string.Join(" | ", right.Rows[j])}  p={explanation.Probability:F3} "
                    + string.Join("; ", explanation.Fields.Select(f => $"{f.Field}={f.Level}")));
            }
        }
    }

    private static string Quality(HashSet<string> found, HashSet<string> truth)
    {
        var truePositives = found.Count(truth.Contains);
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        var recall = truth.Count == 0 ? 0 : (double)truePositives / truth.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return string.Create(CultureInfo.InvariantCulture,
            $"precision {precision:F4}, recall {recall:F4}, F1 {f1:F4} ({truePositives:N0} of {truth.Count:N0} true pairs, {found.Count - truePositives:N0} false)");
    }

    private static void Febrl(LinkageSettings settings, string label, string leftPath, string? rightPath)
    {
        var left = CsvRecordReader.Read(leftPath, settings.IdColumn, settings.Separator);
        var right = rightPath is null ? left : CsvRecordReader.Read(rightPath, settings.IdColumn, settings.Separator);
        var linker = new Linker(settings);
        var result = rightPath is null ? linker.Deduplicate(left) : linker.Link(left, right);

        var truth = TruePairs(left, right);
        var found = result.Matches.Select(p => Key(left.Ids[p.Left], right.Ids[p.Right])).ToHashSet(StringComparer.Ordinal);
        var truePositives = found.Count(truth.Contains);
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        var recall = truth.Count == 0 ? 0 : (double)truePositives / truth.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Print(label, result, string.Create(CultureInfo.InvariantCulture,
            $"precision {precision:F4}, recall {recall:F4}, F1 {f1:F4} ({truePositives:N0} of {truth.Count:N0} true pairs, {found.Count - truePositives:N0} false)"));
    }

    private static void Scale(int people)
    {
        var table = GeneratedPeople.Create(people, seed: 2021);
        var settings = LinkageSettings.ForPersonLists(table.Columns.ToList());
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        var result = new Linker(settings).Deduplicate(table);
        clock.Stop();
        var truth = GeneratedPeople.TruePairs(table);
        var truePositives = result.Matches.Count(p => truth.Contains(Key(table.Ids[p.Left], table.Ids[p.Right])));
        var precision = result.Matches.Count == 0 ? 0 : (double)truePositives / result.Matches.Count;
        var recall = truth.Count == 0 ? 0 : (double)truePositives / truth.Count;
        Print($"generated people dedup ({table.Count:N0} records)", result, string.Create(CultureInfo.InvariantCulture,
            $"precision {precision:F4}, recall {recall:F4}; {clock.Elapsed.TotalSeconds:F1} s end to end; peak working set {Math.Max(before, Process.GetCurrentProcess().PeakWorkingSet64) / (1024 * 1024):N0} MiB"));
    }

    private static void Print(string label, LinkageResult result, string quality)
    {
        var comparing = result.Stages["comparing"] + result.Stages["scoring"];
        var perCore = result.CandidatePairs / Math.Max(1e-9, comparing.TotalSeconds) / Environment.ProcessorCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {quality}; {result.CandidatePairs:N0} candidate pairs; {result.Elapsed.TotalSeconds:F2} s "
            + $"(prepare {result.Stages["preparing"].TotalSeconds:F2}, block {result.Stages["blocking"].TotalSeconds:F2}, compare {result.Stages["comparing"].TotalSeconds:F2}, "
            + $"train {result.Stages["training"].TotalSeconds:F2}, score {result.Stages["scoring"].TotalSeconds:F2}); {perCore:N0} pairs/s per core compared and scored"));
        foreach (var skipped in result.SkippedBlocks.Take(3))
        {
            Console.WriteLine($"  skipped {skipped}");
        }
    }

    // rec-<N>-org and rec-<N>-dup-<k> are the same entity exactly when they share <N>.
    private static HashSet<string> TruePairs(RecordTable left, RecordTable right)
    {
        static string Entity(string id) => id.Split('-')[1];
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var byEntity = right.Ids.Select((id, index) => (id, index)).ToLookup(x => Entity(x.id), x => x.id, StringComparer.Ordinal);
        var deduplicate = ReferenceEquals(left, right);
        foreach (var id in left.Ids)
        {
            foreach (var other in byEntity[Entity(id)])
            {
                if (!string.Equals(id, other, StringComparison.Ordinal) && (!deduplicate || string.CompareOrdinal(id, other) < 0))
                {
                    pairs.Add(Key(id, other));
                }
            }
        }

        return pairs;
    }

    internal static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a;

    private static string SettingsFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "bench", "settings", "febrl.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("bench/settings/febrl.json not found above " + AppContext.BaseDirectory);
    }
}
