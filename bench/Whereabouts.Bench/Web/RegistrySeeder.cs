using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Bench.Web;

/// <summary>
/// Fills a fresh registry through the real write path: the sources first, then the people in
/// batches, each batch one save that also maintains the search index and appends to the
/// hash-chained audit log, as a caseworker's save would; by default the bulk save
/// (<see cref="WhereaboutsDbContext.SaveChangesInBulkAsync"/>), which applies the same rules and
/// writes the same rows through the provider's fast path.
/// </summary>
/// <remarks>
/// Saves were once kept to 25 people because the save rules cost time proportional to the square
/// of the batch (a scan of the tracker per name form and assertion); with those scans gone a save
/// costs time in proportion to its size, and batches of thousands spread the per-save queries
/// (the chain's head, the key counts) thin. docs/benchmarks.md has the figures.
/// </remarks>
internal static class RegistrySeeder
{
    private const int ProgressEvery = 10_000;

    private static readonly DateTimeOffset RecordedAt = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<SeedResult> SeedAsync(WhereaboutsDatabase database, int count, int batchSize, int seed, bool inBulk, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext("bench");
        // The generated people belong to the demo's two parties, which must exist first.
        context.Parties.AddRange(
            new Party("armenian", new PartyNames("Armenia", "Հայաստան", "Армения", "Ermənistan")),
            new Party("azerbaijani", new PartyNames("Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan")));
        var sources = Sources(seed);
        context.Sources.AddRange(sources);
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();

        var generator = new BenchPeople(seed, [.. sources.Select(s => s.Id)], RecordedAt);
        var seeded = new List<SeededPerson>(count);
        var assertions = 0;
        var clock = Stopwatch.StartNew();
        var cpu = CpuSample.Take(0);
        var lastReport = TimeSpan.Zero;
        var reported = 0;

        // The next batch is made on another thread while this one is saved: the save is one
        // thread and the machine has more. One generator makes them in turn, so the people and
        // their order are those Regenerate makes again.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<List<(Person Person, SeededPerson Seeded)>>(
            new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producing = Task.Run(() => ProduceAsync(generator, count, batchSize, batches.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var (person, summary) in batch)
                {
                    context.People.Add(person);
                    seeded.Add(summary);
                    assertions += person.FateAssertions.Count;
                }

                if (inBulk)
                {
                    await context.SaveChangesInBulkAsync(cancellationToken);
                }
                else
                {
                    await context.SaveChangesAsync(cancellationToken);
                }

                context.ChangeTracker.Clear();
                if (seeded.Count / ProgressEvery > reported / ProgressEvery || seeded.Count == count)
                {
                    var now = clock.Elapsed;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  seeded {seeded.Count,9:N0} people in {now.TotalSeconds,6:F1} s ({seeded.Count / now.TotalSeconds,6:N0} people/s overall, {(seeded.Count - reported) / (now - lastReport).TotalSeconds,6:N0}/s since the last line)"));
                    lastReport = now;
                    reported = seeded.Count;
                }
            }
        }
        finally
        {
            // A save that failed leaves the maker waiting to hand over a batch: stop it.
            await stop.CancelAsync();
            await Task.WhenAny(producing);
        }

        await producing;

        var end = CpuSample.Take(0);
        return new SeedResult(seeded, assertions, clock.Elapsed.TotalSeconds, end.CpuSecondsSince(cpu), end.OthersShare(cpu));
    }

    // Makes the people in batches of batchSize, in the generator's order, and hands them over.
    private static async Task ProduceAsync(
        BenchPeople generator, int count, int batchSize, ChannelWriter<List<(Person Person, SeededPerson Seeded)>> writer, CancellationToken cancellationToken)
    {
        try
        {
            for (var made = 0; made < count;)
            {
                var size = Math.Min(batchSize, count - made);
                var batch = new List<(Person Person, SeededPerson Seeded)>(size);
                for (var i = 0; i < size; i++)
                {
                    batch.Add(generator.Next());
                }

                made += size;
                await writer.WriteAsync(batch, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    /// <summary>
    /// What <see cref="SeedAsync"/> seeded, without saving anything: the generator is seeded, so
    /// the first <paramref name="count"/> people it makes again are the people a kept database
    /// holds (their ids and names; the sources' ids, which are made afresh, are not needed).
    /// </summary>
    public static SeedResult Regenerate(int count, int seed)
    {
        var clock = Stopwatch.StartNew();
        var generator = new BenchPeople(seed, [.. Sources(seed).Select(s => s.Id)], RecordedAt);
        var seeded = new List<SeededPerson>(count);
        var assertions = 0;
        while (seeded.Count < count)
        {
            var (person, summary) = generator.Next();
            seeded.Add(summary);
            assertions += person.FateAssertions.Count;
        }

        return new SeedResult(seeded, assertions, clock.Elapsed.TotalSeconds);
    }

    private static List<Source> Sources(int seed)
    {
        var random = new Random(seed);
        (SourceKind Kind, string Title, string Publisher, Reliability Reliability)[] kinds =
        [
            (SourceKind.List, "List of missing servicemen", "Ministry of Defence", Reliability.B),
            (SourceKind.List, "List of persons sought by families", "Commission on prisoners of war, hostages and missing persons", Reliability.B),
            (SourceKind.IcrcCommunication, "Statement on the handover of detainees", "ICRC", Reliability.A),
            (SourceKind.OfficialStatement, "Statement of the human rights defender", "Human Rights Defender", Reliability.C),
            (SourceKind.NewsArticle, "Report on the exchange of prisoners", "A news agency", Reliability.C),
            (SourceKind.Video, "Video showing captured servicemen", "A social network channel", Reliability.F),
            (SourceKind.FamilyReport, "Report of a family to a caseworker", "Families of the missing", Reliability.D),
            (SourceKind.CourtDocument, "Application concerning detainees", "A court", Reliability.B),
        ];
        var sources = new List<Source>();
        for (var i = 0; i < 12; i++)
        {
            var (kind, title, publisher, reliability) = kinds[i % kinds.Length];
            var published = PartialDate.OfDay(2020, 10 + random.Next(3), 1 + random.Next(28));
            sources.Add(new Source(Guid.Empty, new SourceDetails(
                kind,
                string.Create(CultureInfo.InvariantCulture, $"{title} (bench {i + 1})"),
                publisher,
                Url: string.Create(CultureInfo.InvariantCulture, $"https://example.org/bench/{i + 1}"),
                PublishedOn: published,
                Reliability: reliability)));
        }

        return sources;
    }
}
