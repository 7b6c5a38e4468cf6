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

        Scale(scale);
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
