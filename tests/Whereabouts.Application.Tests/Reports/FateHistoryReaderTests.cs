using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>
/// The histories a report reads instead of whole people, run against each provider by
/// <see cref="SqliteFateHistoryReaderTests"/> and <see cref="PostgresFateHistoryReaderTests"/>:
/// on every day they give each person the fate the person loaded whole gives.
/// </summary>
public abstract partial class FateHistoryReaderTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_EveryoneWithRetractionsAndWithoutFates_GivesTheFatesOfThePeopleLoadedWhole()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var people = await SaveAsync(database.Database);

        await using var context = database.NewContext();
        var histories = await FateHistoryReader.ReadAsync(context, Cancel);
        var whole = await context.People.AsNoTracking().AsSplitQuery().ToDictionaryAsync(p => p.Id, Cancel);

        Assert.Equal(people.Select(p => p.Id).Order(), histories.Select(h => h.PersonId).Order());
        foreach (var history in histories)
        {
            var person = whole[history.PersonId];
            Assert.Equal(person.Side, history.Side);
            Assert.Equal(person.Fate.Current?.Id, history.Fate.Current?.Id);
            Assert.Equal(person.Fate.IsContested, history.Fate.IsContested);
            for (var day = new DateOnly(2020, 9, 1); day <= new DateOnly(2021, 3, 1); day = day.AddDays(1))
            {
                Assert.Equal(person.FateOn(day).Current?.Id, history.FateOn(day).Current?.Id);
                Assert.Equal(person.FateOn(day).IsContested, history.FateOn(day).IsContested);
            }
        }
    }

    [Fact]
    public async Task ReadAsync_AnyHistory_HasItsAssertionsInTheOrderOfTheirIds()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var people = await SaveAsync(database.Database);

        await using var context = database.NewContext();
        var histories = await FateHistoryReader.ReadAsync(context, Cancel);

        Assert.All(histories, h => Assert.Equal(h.Assertions.Select(a => a.Id).Order(), h.Assertions.Select(a => a.Id)));
        Assert.Equal(people.Sum(p => p.FateAssertions.Count), histories.Sum(h => h.Assertions.Count));
    }

    [Fact]
    public async Task ReadAsync_AssertionsOfOneListOnOneDay_ShareTheirDateEvidenceAndRecorder()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var save = database.Database.CreateContext("tests"))
        {
            var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "An invented list"));
            save.Sources.Add(source);
            var first = Invented("armenian");
            first.AssertFate(Assertion(source, FateStatus.Missing, PartialDate.OfDay(2020, 10, 5), Credibility.ProbablyTrue));
            var second = Invented("armenian");
            second.AssertFate(Assertion(source, FateStatus.Missing, PartialDate.OfDay(2020, 10, 5), Credibility.ProbablyTrue));
            var other = Invented("armenian");
            other.AssertFate(new FateAssertion(Guid.NewGuid(), FateStatus.Missing, PartialDate.OfDay(2020, 10, 6), new Evidence(source.Id, null, "row 2", Credibility.ProbablyTrue), "tests", Recorded));
            save.People.AddRange(first, second, other);
            await save.SaveChangesAsync(Cancel);
        }

        await using var context = database.NewContext();
        var assertions = (await FateHistoryReader.ReadAsync(context, Cancel)).SelectMany(h => h.Assertions).OrderBy(a => a.AsOf).ThenBy(a => a.Evidence.Locator, StringComparer.Ordinal).ToList();

        Assert.Equal(3, assertions.Count);
        Assert.Same(assertions[0].AsOf, assertions[1].AsOf);
        Assert.Same(assertions[0].Evidence, assertions[1].Evidence);
        Assert.Same(assertions[0].RecordedBy, assertions[2].RecordedBy);
        Assert.NotSame(assertions[0].Evidence, assertions[2].Evidence);
        Assert.Equal(PartialDate.OfDay(2020, 10, 6), assertions[2].AsOf);
    }

    // An Armenian captured and repatriated, one whose wrong death report was retracted, one with
    // two credible reports that disagree, one with no fate; an Azerbaijani captive and one dead.
    private static async Task<List<Person>> SaveAsync(WhereaboutsDatabase database)
    {
        await using var context = database.CreateContext("tests");
        var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "An invented list"));
        context.Sources.Add(source);

        var repatriated = Invented("armenian");
        repatriated.AssertFate(Assertion(source, FateStatus.Missing, PartialDate.OfMonth(2020, 10), Credibility.ProbablyTrue));
        repatriated.AssertFate(Assertion(source, FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 11, 2), Credibility.Confirmed));
        repatriated.AssertFate(Assertion(source, FateStatus.Repatriated, PartialDate.OfDay(2020, 12, 14), Credibility.Confirmed));

        var retracted = Invented("armenian");
        retracted.AssertFate(Assertion(source, FateStatus.Missing, PartialDate.OfDay(2020, 10, 5), Credibility.ProbablyTrue));
        var wrongDeath = Assertion(source, FateStatus.Deceased, PartialDate.OfDay(2020, 10, 20), Credibility.ProbablyTrue);
        retracted.AssertFate(wrongDeath);
        retracted.RetractFate(new FateRetraction(Guid.NewGuid(), wrongDeath.Id, "Another man's remains.", new Evidence(source.Id, null, "row 9", Credibility.Confirmed), "tests", Recorded));

        var contested = Invented("armenian");
        contested.AssertFate(Assertion(source, FateStatus.ReportedCaptured, PartialDate.OfDay(2020, 10, 8), Credibility.PossiblyTrue));
        contested.AssertFate(Assertion(source, FateStatus.Deceased, PartialDate.OfDay(2020, 10, 10), Credibility.PossiblyTrue));

        var captive = Invented("azerbaijani");
        captive.AssertFate(Assertion(source, FateStatus.ReportedCaptured, PartialDate.OfDay(2020, 11, 1), Credibility.DoubtfullyTrue));
        var dead = Invented("azerbaijani");
        dead.AssertFate(Assertion(source, FateStatus.Deceased, PartialDate.OfYear(2020), Credibility.ProbablyTrue));

        List<Person> people = [repatriated, retracted, contested, Invented("armenian"), captive, dead];
        context.People.AddRange(people);
        await context.SaveChangesAsync(Cancel);
        return people;
    }

    private static Person Invented(string? side) =>
        new(Guid.NewGuid(), new PersonName("Invented", "Person"), new PersonDetails(Side: side), isInvented: true);

    private static FateAssertion Assertion(Source source, FateStatus status, PartialDate asOf, Credibility credibility) =>
        new(Guid.NewGuid(), status, asOf, new Evidence(source.Id, null, "row 1", credibility), "tests", Recorded);
}
