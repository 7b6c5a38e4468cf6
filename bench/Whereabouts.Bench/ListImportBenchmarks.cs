using System.Diagnostics;
using System.Globalization;
using System.Text;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Bench.Web;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Bench;

/// <summary>
/// A large list into a large registry, as a ministry's or the detaining side's list arrives: a
/// registry of generated people seeded through the real write path, then a list of as many rows
/// (half of them registry people as a Russian-language list writes them, "Фамилия Имя Отчество" in
/// one column with the birth date as DD.MM.YYYY, in Windows-1251 with semicolons and a title line;
/// half people the registry does not have) imported through <see cref="ListImporter"/>. Measured:
/// time to the first progress line, the whole import, rows/s, the process's working set while it
/// runs, and how long a small write made meanwhile (a caseworker saving a source) had to wait.
/// </summary>
internal static class ListImportBenchmarks
{
    private const int DataSeed = 2021;
    private const string LocalPostgres = "Host=127.0.0.1;Port=5432;Username=whereabouts;Password=whereabouts;Database=postgres";

    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var people = BenchmarkRunner.Option(args, "--people", 100_000);
        var rows = BenchmarkRunner.Option(args, "--rows", people);
        var provider = BenchmarkRunner.Option(args, "--provider", "sqlite");
        foreach (var chosen in provider == "both" ? ["sqlite", "postgres"] : new[] { provider })
        {
            await using var bench = chosen == "sqlite"
                ? BenchDatabase.CreateSqlite()
                : await BenchDatabase.CreatePostgresAsync(BenchmarkRunner.Option(args, "--postgres", Environment.GetEnvironmentVariable("WHEREABOUTS_TEST_POSTGRES") ?? LocalPostgres), cancellationToken);
            var database = new WhereaboutsDatabase(bench.Location);
            await database.MigrateAsync(cancellationToken);
            var seeded = await RegistrySeeder.SeedAsync(database, people, 5_000, DataSeed, inBulk: true, cancellationToken);
            await bench.SettleAsync(cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## lists, {chosen}: {seeded.People.Count:N0} generated people seeded in {seeded.Seconds:F1} s"));
            await MeasureAsync(database, seeded.People, rows, cancellationToken);
        }
    }

    private static async Task MeasureAsync(WhereaboutsDatabase database, IReadOnlyList<SeededPerson> registry, int rows, CancellationToken cancellationToken)
    {
        var list = WriteList(registry, rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  list: {rows:N0} rows, {list.Length / (1024.0 * 1024):F1} MiB (Windows-1251, ';', title line, ФИО column)"));

        var importer = new ListImporter(database, new FixedActor("bench"), TimeProvider.System);
        var options = new ListImportOptions(
            "Generated list of detained persons (bench)", Reliability.C, FateStatus.Detained, PartialDate.OfDay(2021, 1, 12), Credibility.ProbablyTrue, Invented: true);
        var clock = Stopwatch.StartNew();
        var progress = new FirstAndStages(clock);
        using var sampler = new WorkingSetSampler();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writes = SmallWritesAsync(database, stop.Token);
        var report = await importer.ImportAsync(list, "detained-bench.csv", options, progress, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        var (count, failed, longest) = await writes;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
              first progress line after {progress.First?.TotalSeconds ?? double.NaN:F2} s; stages: {progress.Stages}
              imported {report.Rows:N0} rows in {seconds:F1} s = {report.Rows / seconds:N0} rows/s: {report.Linked:N0} linked, {report.ForReview:N0} for review, {report.NewPeople:N0} new people, {report.CandidatePairs:N0} pairs compared
              working set during the import: peak {sampler.PeakMiB:N0} MiB (process peak {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB)
              small writes meanwhile: {count:N0} saved, {failed:N0} failed, the longest waited {longest.TotalSeconds:F1} s
            """));
    }

    // Registry people written as a Russian-language list writes them (every other row), and as
    // many people the registry does not have.
    private static byte[] WriteList(IReadOnlyList<SeededPerson> registry, int rows)
    {
        var random = new Random(DataSeed);
        var text = new StringBuilder();
        text.Append("Список лиц, содержащихся под стражей (сгенерирован для измерения)\r\n");
        text.Append("№;ФИО;Дата рождения;Воинская часть;Примечание\r\n");
        for (var i = 0; i < rows; i++)
        {
            string name;
            string born;
            if (i % 2 == 0 && registry.Count > 0)
            {
                var person = registry[random.Next(registry.Count)];
                name = $"{person.Family.Cyrillic} {person.Given.Cyrillic}";
                born = person.BirthDate switch
                {
                    { Precision: DatePrecision.Day } day => day.StatedStart.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
                    { } year => year.Year.ToString(CultureInfo.InvariantCulture),
                    null => string.Empty,
                };
            }
            else
            {
                name = string.Create(CultureInfo.InvariantCulture, $"Выдуманов{i} Иван{i % 97}");
                born = string.Create(CultureInfo.InvariantCulture, $"{1 + random.Next(28):D2}.{1 + random.Next(12):D2}.{1980 + random.Next(23)}");
            }

            text.Append(CultureInfo.InvariantCulture, $"{i + 1};{name};{born};в/ч {10000 + random.Next(90000)};сгенерировано\r\n");
        }

        return CodePagesEncoding().GetBytes(text.ToString());
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    // A caseworker's small saves while the import runs: each adds a source, one a second.
    private static async Task<(int Count, int Failed, TimeSpan Longest)> SmallWritesAsync(WhereaboutsDatabase database, CancellationToken cancellationToken)
    {
        int count = 0, failed = 0;
        var longest = TimeSpan.Zero;
        while (!cancellationToken.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await using var context = database.CreateContext("bench-caseworker");
                context.Sources.Add(new Source(Guid.Empty, new SourceDetails(SourceKind.FamilyReport, string.Create(CultureInfo.InvariantCulture, $"Family report {count} (bench)"))));
                await context.SaveChangesAsync(CancellationToken.None);
                count++;
            }
#pragma warning disable CA1031 // The bench counts any failure of a write; it does not handle it.
            catch (Exception)
#pragma warning restore CA1031
            {
                failed++;
            }

            longest = clock.Elapsed > longest ? clock.Elapsed : longest;
            try
            {
                await Task.Delay(1000, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (count, failed, longest);
    }

    private sealed class FirstAndStages(Stopwatch clock) : IProgress<ListImportProgress>
    {
        private readonly StringBuilder _stages = new();
        private ListImportStage? _stage;

        public TimeSpan? First { get; private set; }

        public string Stages => _stages.ToString();

        public void Report(ListImportProgress value)
        {
            First ??= clock.Elapsed;
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                _stages.Append(CultureInfo.InvariantCulture, $"{value.Stage} at {clock.Elapsed.TotalSeconds:F1} s; ");
            }
        }
    }

    private sealed class WorkingSetSampler : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public WorkingSetSampler()
        {
            _timer = new Timer(_ =>
            {
                using var process = Process.GetCurrentProcess();
                var now = process.WorkingSet64;
                if (now > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, now);
                }
            }, null, 0, 250);
        }

        public long PeakMiB => Interlocked.Read(ref _peak) / (1024 * 1024);

        public void Dispose() => _timer.Dispose();
    }
}
