using System.Diagnostics;
using System.Globalization;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Bench.Web;

/// <summary>
/// Fills a fresh registry through the real write path: the sources first, then the people in
/// batches, each batch one SaveChanges that also maintains the search index and appends to the
/// hash-chained audit log, as a caseworker's save would.
/// </summary>
/// <remarks>
/// Batches are small because the save rules cost time proportional to the square of the batch:
/// <c>HistoryRules.TouchOwningPerson</c> and <c>AuditWriter.Owner</c> call
/// <c>ChangeTracker.Entries()</c> once per name form, assertion and evidence, and each call runs
/// DetectChanges over every tracked entry. On the 2-core machine one save of 2,000 people took
/// 298 s (7 people/s); saves of 500, 100 and 25 ran at 37, 155 and 206 people/s for the first
/// 1,000, and saves of 25 at 450 to 530 people/s over 100,000.
/// </remarks>
internal static class RegistrySeeder
{
    private const int ProgressEvery = 10_000;

    public static async Task<SeedResult> SeedAsync(WhereaboutsDatabase database, int count, int batchSize, int seed, CancellationToken cancellationToken)
    {
        var recordedAt = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await using var context = database.CreateContext("bench");
        // The generated people belong to the demo's two parties, which must exist first.
        context.Parties.AddRange(
            new Party("armenian", new PartyNames("Armenia", "Հայաստան", "Армения", "Ermənistan")),
            new Party("azerbaijani", new PartyNames("Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan")));
        var sources = Sources(seed);
        context.Sources.AddRange(sources);
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();

        var generator = new BenchPeople(seed, [.. sources.Select(s => s.Id)], recordedAt);
        var seeded = new List<SeededPerson>(count);
        var assertions = 0;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var reported = 0;
        while (seeded.Count < count)
        {
            var batch = Math.Min(batchSize, count - seeded.Count);
            for (var i = 0; i < batch; i++)
            {
                var (person, summary) = generator.Next();
                context.People.Add(person);
                seeded.Add(summary);
                assertions += person.FateAssertions.Count;
            }

            await context.SaveChangesAsync(cancellationToken);
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
