using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Audit;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>
/// Importing a list into the demo registry and judging its matches, run against each provider by
/// <see cref="SqliteListImportTests"/> and <see cref="PostgresListImportTests"/>. The lists are
/// invented here from the demo's invented people, spelled as other lists spell them.
/// </summary>
public abstract class ListImportContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Actor = "alice";
    private static readonly PartialDate ListDate = PartialDate.OfDay(2021, 1, 12);
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DemoCatalog Demo { get; } = DemoCatalog.Build();

    private ListImporter Importer => new(_db.Database, new FixedActor(Actor), TimeProvider.System);

    private MatchJudgements Judgements => new(_db.Database, new FixedActor(Actor), TimeProvider.System);

    private ReviewQueueQuery Queue => new(_db.Database);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ImportAsync_KnownPeopleSpelledOtherwiseAndAStranger_LinksOrQueuesTheKnownAndRegistersTheStranger()
    {
        var known = KnownPeople(3);
        var csv = Csv(known.Select((p, i) => $"k{i},{Cyrillic(p).GivenName},{Cyrillic(p).FamilyName},{DayFirst(p)}"))
            + "s1,Zorakhan,Qwertyanyan,01.01.1950\n";

        var report = await Importer.ImportAsync(Stream(csv), "invented.csv", Options(), cancellationToken: Cancel);

        Assert.Equal(4, report.Rows);
        Assert.Equal(report.Rows, report.Linked + report.ForReview + report.NewPeople);
        Assert.Equal(1, report.NewPeople);
        await using var context = _db.NewContext();
        var entries = await context.ListEntries.Where(e => e.SourceId == report.SourceId).ToDictionaryAsync(e => e.RecordId, Cancel);
        for (var i = 0; i < known.Count; i++)
        {
            var entryId = entries[$"k{i}"].Id;
            var matches = await context.ListMatches.Where(m => m.EntryId == entryId).ToListAsync(Cancel);
            Assert.Contains(matches, m => m.PersonId == known[i].Id);
            Assert.DoesNotContain(matches, m => m.Decision == MatchDecision.Same && m.PersonId != known[i].Id);
        }

        var strangerId = entries["s1"].Id;
        var stranger = Assert.Single(await context.ListMatches.Where(m => m.EntryId == strangerId).ToListAsync(Cancel));
        Assert.Equal((MatchOrigin.NewPerson, MatchDecision.Same), (stranger.Origin, stranger.Decision));
        var person = await context.People.SingleAsync(p => p.Id == stranger.PersonId, Cancel);
        Assert.Equal("Zorakhan Qwertyanyan", person.PrimaryName.FullName);
        Assert.Equal(report.SourceId, person.PrimaryName.SourceId);
        Assert.True(person.IsInvented);
        Assert.Equal(PartialDate.OfDay(1950, 1, 1), person.BirthDate);
    }

    [Fact]
    public async Task ImportAsync_MoreNewPeopleThanAChunkAndAKnownOne_SavesThemWithEveryRowAuditedAndTheChainIntact()
    {
        // More rows than one saved chunk (2,000), so that new people are saved in bulk twice
        // within the import's transaction, beside an edit (the known person linked to).
        var known = KnownPeople(1)[0];
        var strangers = Enumerable.Range(0, 2_100).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"s{i},Invented{Letters(i)},Qwertyanyan{Letters(i / 7)},{1 + (i % 28):00}.{1 + (i % 12):00}.{1940 + (i % 50)}"));
        await using (var before = _db.NewContext())
        {
            Assert.True((await AuditVerifier.VerifyAsync(before, Cancel)).IsIntact);
        }

        var problemsBefore = await RowProblemsAsync();
        var people = (await CountsAsync()).People;

        var report = await Importer.ImportAsync(Stream(Csv([ExactRow(known), .. strangers])), "many.csv", Options(), cancellationToken: Cancel);

        Assert.Equal(2_101, report.Rows);
        Assert.Equal(1, report.Linked);
        Assert.Equal(people + report.NewPeople, (await CountsAsync()).People);
        Assert.True(report.NewPeople > 2_000, report.NewPeople.ToString(CultureInfo.InvariantCulture));
        await using var context = _db.NewContext();
        var result = await AuditVerifier.VerifyAsync(context, Cancel);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(problemsBefore, await RowProblemsAsync());
    }

    [Fact]
    public async Task ImportAsync_ListStatesAFate_AssertsItWithTheRowAsEvidence()
    {
        var csv = Csv(["s1,Zorakhan,Qwertyanyan,01.01.1990"]);

        var report = await Importer.ImportAsync(Stream(csv), "invented.csv", Options() with { Fate = FateStatus.CaptureConfirmed, AsOf = ListDate, Credibility = Credibility.ProbablyTrue }, cancellationToken: Cancel);

        Assert.Equal(1, report.FateAssertions);
        await using var context = _db.NewContext();
        var personId = await context.ListMatches.Where(m => m.Origin == MatchOrigin.NewPerson).Select(m => m.PersonId).SingleAsync(Cancel);
        var person = await context.People.AsSplitQuery().SingleAsync(p => p.Id == personId, Cancel);
        var assertion = Assert.Single(person.FateAssertions);
        Assert.Equal((FateStatus.CaptureConfirmed, ListDate, report.SourceId, "row s1 (line 2)", Credibility.ProbablyTrue, Actor),
            (assertion.Status, assertion.AsOf, assertion.Evidence.SourceId, assertion.Evidence.Locator, assertion.Evidence.Credibility, assertion.RecordedBy));
    }

    [Fact]
    public async Task ImportAsync_SureMatchOfTheSameSide_IsLinked()
    {
        // The control for the next test: the same row, the list of the person's own side.
        var person = KnownPeople(1)[0];

        var report = await Importer.ImportAsync(Stream(Csv([ExactRow(person)])), "same-side.csv", Options() with { Side = person.Side }, cancellationToken: Cancel);

        Assert.Equal((1, 0), (report.Linked, report.ForReview));
    }

    [Fact]
    public async Task ImportAsync_OnlyCandidateIsOfTheOtherSide_GoesToReviewWithTheReasonNotLinked()
    {
        var person = KnownPeople(1)[0];
        var otherSide = OtherSide(person);

        var report = await Importer.ImportAsync(
            Stream(Csv([ExactRow(person)])), "other-side.csv", Options() with { Side = otherSide, Fate = FateStatus.CaptureConfirmed, AsOf = ListDate }, cancellationToken: Cancel);

        Assert.Equal((0, 1, 0), (report.Linked, report.ForReview, report.FateAssertions));
        var match = await MatchOfAsync(person);
        Assert.Equal(MatchDecision.Pending, match.Decision);
        var review = await Queue.GetAsync(match.Id, Cancel);
        Assert.NotNull(review);
        Assert.Equal(otherSide, review.Entry.Side);
        var caution = Assert.Single(review.Cautions);
        Assert.Equal(new LinkCaution(LinkCautionKind.Side, otherSide, person.Side!), caution);
    }

    [Fact]
    public async Task ImportAsync_SideColumn_OverridesTheListsSideForItsRow()
    {
        var person = KnownPeople(1)[0];
        var csv = "id,given_name,family_name,birth_date,side\n" + ExactRow(person) + "," + OtherSide(person) + "\n";

        var report = await Importer.ImportAsync(Stream(csv), "side-column.csv", Options() with { Side = person.Side }, cancellationToken: Cancel);

        Assert.Equal((0, 1), (report.Linked, report.ForReview));
        await using var context = _db.NewContext();
        Assert.Equal(OtherSide(person), await context.ListEntries.Where(e => e.SourceId == report.SourceId).Select(e => e.Side).SingleAsync(Cancel));
    }

    [Fact]
    public async Task ImportAsync_BirthYearFiveYearsOff_IsNeverLinkedAndSaysWhy()
    {
        var person = KnownPeople(1)[0];
        var name = Cyrillic(person);
        var born = person.BirthDate!.Earliest.AddYears(5).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

        // The engine is asked to put even a weak match to a reviewer, and to link anything it can.
        var report = await Importer.ImportAsync(
            Stream(Csv([$"k0,{name.GivenName},{name.FamilyName},{born}"])), "older.csv", Options() with { LinkAt = 0.01, ReviewFrom = 0.01 }, cancellationToken: Cancel);

        Assert.Equal(0, report.Linked);
        await using var context = _db.NewContext();
        var match = await context.ListMatches.AsNoTracking().SingleAsync(m => m.PersonId == person.Id, Cancel);
        Assert.Equal(MatchDecision.Pending, match.Decision);
        var review = await Queue.GetAsync(match.Id, Cancel);
        // The list's date as the registry keeps it (read from the list's DD.MM.YYYY).
        var kept = person.BirthDate!.Earliest.AddYears(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(review!.Cautions, c => c.Kind == LinkCautionKind.BirthYear && c.ListValue == kept);
    }

    [Fact]
    public async Task ImportAsync_UnknownPartyInTheSideColumn_SaysWhichLineAndChangesNothing()
    {
        var before = await CountsAsync();
        var csv = "id,given_name,family_name,side\nr1,Aram,Sargsyan,northland\n";

        var error = await Assert.ThrowsAsync<ListImportException>(() => Importer.ImportAsync(Stream(csv), "bad-side.csv", Options(), cancellationToken: Cancel));

        Assert.Contains("line 2, column \"side\": 'northland' is not a party", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("id,given_name,family_name,birth_date\nr1,Aram,Sargsyan,2001\nr2,Aram,Sargsyan,31.02.2001\n", "line 3, column \"birth_date\": '31.02.2001'")]
    [InlineData("id,given_name,family_name\nr1,Aram,Sargsyan\nr1,Aram,Sargsyan\n", "line 3, column \"id\": the number 'r1' was already used on line 2")]
    [InlineData("id,given_name,family_name,fate\nr1,Aram,Sargsyan,CaptureConfirmed\n", "line 2: the row states a fate but not when")]
    [InlineData("id,given_name,family_name,fate,fate_date\nr1,Aram,Sargsyan,Vanished into the fog,2021\n", "line 2, column \"fate\": 'Vanished into the fog' is not a fate")]
    [InlineData("id,given_name,family_name\n", "the list has a header but no rows")]
    [InlineData("id,given_name,family_name\nr1,Aram,Sargsyan\n" + "r" + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" + ",Aram,Sargsyan\n", "line 3, column \"id\": longer than 200 characters")]
    [InlineData("id,patronymic\nr1,Gagiki\n", "name column")]
    [InlineData("id,given_name,family_name,birth_date,fate,fate_date\nr1,Zorakhan,Qwertyanyan,2001,CaptureConfirmed,1990-05-01\n", "line 2:")]
    public async Task ImportAsync_BadFile_SaysWhereAndChangesNothing(string csv, string expected)
    {
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ListImportException>(() => Importer.ImportAsync(Stream(csv), "bad.csv", Options(), cancellationToken: Cancel));

        Assert.Contains("bad.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_IsRefusedTheSecondTime()
    {
        var csv = Csv(["s1,Zorakhan,Qwertyanyan,01.01.1990"]);
        await Importer.ImportAsync(Stream(csv), "first.csv", Options(), cancellationToken: Cancel);
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ListImportException>(() => Importer.ImportAsync(Stream(csv), "again.csv", Options() with { SourceTitle = "Again" }, cancellationToken: Cancel));

        Assert.Contains("imported before, as the source \"Invented test list\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_SameListSavedAgainWithBomAndCrlf_IsRecognisedByItsRows()
    {
        var csv = Csv(["s1,Zorakhan,Qwertyanyan,01.01.1990"]);
        await Importer.ImportAsync(Stream(csv), "first.csv", Options(), cancellationToken: Cancel);
        var before = await CountsAsync();
        var resaved = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();

        var error = await Assert.ThrowsAsync<ListImportException>(() => Importer.ImportAsync(new MemoryStream(resaved), "resaved.csv", Options() with { SourceTitle = "Again" }, cancellationToken: Cancel));

        Assert.Contains("resaved.csv: this list was imported before", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_ColumnsTheRegistryDoesNotRead_AreKeptWithEachRow()
    {
        var csv = "id,given_name,family_name,remark of the commission\ns1,Zorakhan,Qwertyanyan,seen at the checkpoint\n";

        var report = await Importer.ImportAsync(Stream(csv), "extra.csv", Options(), cancellationToken: Cancel);

        await using var context = _db.NewContext();
        var entry = await context.ListEntries.AsNoTracking().SingleAsync(e => e.SourceId == report.SourceId, Cancel);
        Assert.Equal(new ListEntryColumn("remark of the commission", "seen at the checkpoint"), Assert.Single(entry.OtherColumns));
    }

    [Fact]
    public async Task ImportAsync_CaseworkerSavesWhileTheTransactionIsOpen_TheSaveWaitsForTheImportAndIsKept()
    {
        const string Title = "Family report saved during an import (invented)";
        var csv = Csv(["s1,Zorakhan,Qwertyanyan,01.01.1990", "s2,Zorakhana,Qwertyanyan,02.02.1991"]);

        // The caseworker's database waits one second for a lock; the import keeps its transaction
        // open three: without the gate the save would fail, with it it waits for the import.
        var caseworkerDatabase = _db.WithShortLockWait();
        Task? caseworker = null;
        var savedWhileHeld = true;
        var hook = new SavingHook(() =>
        {
            caseworker = Task.Run(async () =>
            {
                await using var context = caseworkerDatabase.CreateContext("bob");
                context.Sources.Add(new Source(Guid.Empty, new SourceDetails(SourceKind.FamilyReport, Title)));
                await context.SaveChangesAsync(CancellationToken.None);
            }, CancellationToken.None);
            Thread.Sleep(3000);
            savedWhileHeld = caseworker.IsCompleted;
        });

        var report = await Importer.ImportAsync(Stream(csv), "held.csv", Options(), hook, Cancel);

        Assert.NotNull(caseworker);
        Assert.False(savedWhileHeld);
        await caseworker.WaitAsync(TimeSpan.FromSeconds(60), Cancel);
        Assert.Equal(2, report.NewPeople);
        await using var check = _db.NewContext();
        Assert.Equal(1, await check.Sources.CountAsync(s => s.Title == Title, Cancel));
        Assert.Equal(2, await check.ListEntries.CountAsync(e => e.SourceId == report.SourceId, Cancel));
        Assert.True((await AuditVerifier.VerifyAsync(check, Cancel)).IsIntact);
    }

    [Fact]
    public async Task DryRunAsync_GoodList_CountsWhatWouldHappenAndWritesNothing()
    {
        var known = KnownPeople(2);
        var csv = Csv(known.Select((p, i) => $"k{i},{Cyrillic(p).GivenName},{Cyrillic(p).FamilyName},{DayFirst(p)}")) + "s1,Zorakhan,Qwertyanyan,01.01.1950\n";
        var before = await CountsAsync();

        var dry = await Importer.DryRunAsync(Encoding.UTF8.GetBytes(csv), "dry.csv", Options(), cancellationToken: Cancel);

        Assert.False(dry.Written);
        Assert.Empty(dry.Problems);
        Assert.Equal(3, dry.Rows);
        Assert.Equal(1, dry.NewPeople);
        Assert.Equal(2, dry.Linked + dry.ForReview);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task DryRunAsync_BadCells_ListsEveryProblemInsteadOfThrowing()
    {
        var csv = "id,given_name,family_name,birth_date\nr1,Aram,Sargsyan,31.02.2001\nr2,Aram,Sargsyan,not a date\n";

        var dry = await Importer.DryRunAsync(Encoding.UTF8.GetBytes(csv), "dry.csv", Options(), cancellationToken: Cancel);

        Assert.Equal(2, dry.Problems.Count);
        Assert.Contains(dry.Problems, p => p.English.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(dry.Problems, p => p.English.Contains("line 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_NewVersionOfAList_RecordsTheEarlierOne()
    {
        var first = await Importer.ImportAsync(Stream(Csv(["s1,Zorakhan,Qwertyanyan,01.01.1990", "s2,Invented,Arakelyan,1991"])), "v1.csv", Options(), cancellationToken: Cancel);

        var second = await Importer.ImportAsync(
            Stream(Csv(["s1,Zorakhan,Qwertyanyan,01.01.1990"])), "v2.csv", Options() with { SourceTitle = "Invented test list, second version", Supersedes = first.SourceId }, cancellationToken: Cancel);

        await using var context = _db.NewContext();
        var source = await context.Sources.AsNoTracking().SingleAsync(s => s.Id == second.SourceId, Cancel);
        Assert.Equal(first.SourceId, source.SupersedesSourceId);
    }

    [Fact]
    public async Task ImportAsync_SupersedesNoList_IsRefusedByField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Importer.ImportAsync(Stream(Csv(["s1,A,B,2001"])), "x.csv", Options() with { Supersedes = Guid.NewGuid() }, cancellationToken: Cancel));

        Assert.Contains("supersedes", error.Errors.Keys);
    }

    [Fact]
    public async Task ImportAsync_InvalidOptions_AreRefusedByField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Importer.ImportAsync(Stream(Csv(["s1,A,B,2001"])), "x.csv", Options() with { SourceTitle = " ", ReviewFrom = 0.995 }, cancellationToken: Cancel));

        Assert.Contains("source", error.Errors.Keys);
        Assert.Contains("linkAt", error.Errors.Keys);
    }

    [Fact]
    public async Task ImportAsync_UndefinedSideOrReliability_IsRefusedByField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Importer.ImportAsync(Stream(Csv(["s1,A,B,2001"])), "x.csv", Options() with { Side = "northland", Reliability = (Reliability)9 }, cancellationToken: Cancel));

        Assert.Contains("side", error.Errors.Keys);
        Assert.Contains("reliability", error.Errors.Keys);
    }

    [Fact]
    public async Task RegisterAsync_UndefinedSide_IsRefusedAndRegistersNobody()
    {
        var person = KnownPeople(1)[0];
        await ImportForReviewAsync([person]);
        var match = await MatchOfAsync(person);
        await Judgements.JudgeAsync(match.Id, null, MatchDecision.NotSame, null, Cancel);
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Judgements.RegisterAsync(match.EntryId, "no-such-party", Cancel));

        Assert.Contains("side", error.Errors.Keys);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Queue_AfterImportWithAStrictLinkThreshold_HoldsTheKnownPeopleLikeliestFirstWithExplanations()
    {
        var known = KnownPeople(3);
        await ImportForReviewAsync(known);

        var queue = await Queue.ListAsync(1, 50, cancellationToken: Cancel);

        Assert.NotEmpty(queue.Items);
        Assert.Equal(queue.Items.OrderByDescending(i => i.Probability).Select(i => i.MatchId), queue.Items.Select(i => i.MatchId));
        foreach (var person in known)
        {
            var item = Assert.Single(queue.Items, i => i.PersonId == person.Id);
            var review = await Queue.GetAsync(item.MatchId, Cancel);
            Assert.NotNull(review);
            Assert.Equal(Cyrillic(person).FamilyName, review.Entry.FamilyName);
            Assert.Equal(person.PrimaryName.FullName, review.Person.DisplayName);
            // The engine explains on the values it compared: transliterated and folded.
            Assert.Contains(review.Fields, f => f.Field == "name" && f.Weight > 0 && f.ListValue == f.RegistryValue);
            Assert.Equal(MatchDecision.Pending, review.Decision);
        }
    }

    [Fact]
    public async Task JudgeSameThenUndo_RecordsTheListsFateThenRetractsIt_AndKeepsTheHistory()
    {
        var person = KnownPeople(1)[0];
        await ImportForReviewAsync([person], FateStatus.CaptureConfirmed);
        var match = await MatchOfAsync(person);
        var assertionsBefore = await AssertionCountAsync(person.Id);

        var version = await Judgements.JudgeAsync(match.Id, match.Version, MatchDecision.Same, "same unit roster", Cancel);
        Assert.Equal(assertionsBefore + 1, await AssertionCountAsync(person.Id));

        await Judgements.UndoAsync(match.Id, version, "wrong father's name", Cancel);

        await using var context = _db.NewContext();
        var stored = await context.People.AsSplitQuery().SingleAsync(p => p.Id == person.Id, Cancel);
        var fromList = Assert.Single(stored.FateAssertions, a => a.Evidence.SourceId == match.SourceId);
        var retraction = Assert.Single(stored.FateRetractions, r => r.AssertionId == fromList.Id);
        Assert.Contains("wrong father's name", retraction.Reason, StringComparison.Ordinal);
        var judged = await context.ListMatches.SingleAsync(m => m.Id == match.Id, Cancel);
        Assert.Equal(MatchDecision.Pending, judged.Decision);
        Assert.Equal([false, true], judged.Judgements.Select(j => j.IsUndo));
        Assert.All(judged.Judgements, j => Assert.Equal(Actor, j.Actor));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(ListMatch) && e.Actor == Actor && e.SubjectId == person.Id.ToString(), Cancel));
    }

    [Fact]
    public async Task JudgeAsync_StaleVersion_IsRefusedAndChangesNothing()
    {
        var person = KnownPeople(1)[0];
        await ImportForReviewAsync([person]);
        var match = await MatchOfAsync(person);
        await Judgements.JudgeAsync(match.Id, match.Version, MatchDecision.Unsure, null, Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Judgements.JudgeAsync(match.Id, match.Version, MatchDecision.Same, null, Cancel));

        Assert.Equal(MatchDecision.Unsure, (await MatchOfAsync(person)).Decision);
    }

    [Fact]
    public async Task JudgeAsync_SecondPersonForARowAlreadyLinked_IsRefused()
    {
        var people = KnownPeople(2);
        await ImportForReviewAsync([people[0]]);
        var first = await MatchOfAsync(people[0]);
        var second = new ListMatch(Guid.NewGuid(), first.EntryId, people[1].Id, MatchOrigin.ForReview, 0.6, 1, null);
        await using (var context = _db.NewContext())
        {
            context.ListMatches.Add(second);
            await context.SaveChangesAsync(Cancel);
        }

        await Judgements.JudgeAsync(first.Id, null, MatchDecision.Same, null, Cancel);
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Judgements.JudgeAsync(second.Id, null, MatchDecision.Same, null, Cancel));

        Assert.Equal("match.entry-already-linked", refusal.Rule);
    }

    [Fact]
    public async Task Save_SecondSameMatchForARow_IsRefusedByTheDatabaseEvenPastTheChecks()
    {
        // Two reviewers at the same moment both pass JudgeAsync's check; the database decides.
        var people = KnownPeople(2);
        await ImportForReviewAsync([people[0]]);
        var first = await MatchOfAsync(people[0]);
        await Judgements.JudgeAsync(first.Id, null, MatchDecision.Same, null, Cancel);
        var racing = new ListMatch(Guid.NewGuid(), first.EntryId, people[1].Id, MatchOrigin.ForReview, 0.6, 1, null);
        racing.Judge(MatchDecision.Same, "bob", DateTimeOffset.UtcNow, null);

        await using var context = _db.NewContext();
        context.ListMatches.Add(racing);
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task RegisterAsync_AfterEveryCandidateIsRejected_RegistersTheRowAsSomeoneNew()
    {
        var person = KnownPeople(1)[0];
        await ImportForReviewAsync([person], FateStatus.CaptureConfirmed);
        var match = await MatchOfAsync(person);
        await Assert.ThrowsAsync<DomainRuleException>(() => Judgements.RegisterAsync(match.EntryId, "armenian", Cancel));
        await Judgements.JudgeAsync(match.Id, null, MatchDecision.NotSame, "different birth place", Cancel);

        var newId = await Judgements.RegisterAsync(match.EntryId, "armenian", Cancel);

        await using var context = _db.NewContext();
        var registered = await context.People.AsSplitQuery().SingleAsync(p => p.Id == newId, Cancel);
        Assert.NotEqual(person.Id, registered.Id);
        Assert.Equal(Cyrillic(person).FamilyName, registered.PrimaryName.FamilyName);
        Assert.Equal("armenian", registered.Side);
        Assert.Equal(FateStatus.CaptureConfirmed, Assert.Single(registered.FateAssertions).Status);
        var link = await context.ListMatches.SingleAsync(m => m.EntryId == match.EntryId && m.PersonId == newId, Cancel);
        Assert.Equal((MatchOrigin.NewPerson, MatchDecision.Same), (link.Origin, link.Decision));
    }

    private async Task ImportForReviewAsync(IReadOnlyList<Person> people, FateStatus? fate = null)
    {
        var csv = Csv(people.Select((p, i) => $"k{i},{Cyrillic(p).GivenName},{Cyrillic(p).FamilyName},{DayFirst(p)}"));
        var options = Options() with { LinkAt = 1, Fate = fate, AsOf = fate is null ? null : ListDate };
        var report = await Importer.ImportAsync(Stream(csv), "review.csv", options, cancellationToken: Cancel);
        Assert.Equal(0, report.Linked);
    }

    private async Task<(Guid Id, Guid EntryId, Guid SourceId, int Version, MatchDecision Decision)> MatchOfAsync(Person person)
    {
        await using var context = _db.NewContext();
        var match = await context.ListMatches.AsNoTracking().SingleAsync(m => m.PersonId == person.Id, Cancel);
        var sourceId = await context.ListEntries.Where(e => e.Id == match.EntryId).Select(e => e.SourceId).SingleAsync(Cancel);
        return (match.Id, match.EntryId, sourceId, match.Version, match.Decision);
    }

    private async Task<int> AssertionCountAsync(Guid personId)
    {
        await using var context = _db.NewContext();
        return await context.FateAssertions.CountAsync(a => EF.Property<Guid>(a, "PersonId") == personId, Cancel);
    }

    private async Task<(int People, int Sources, int Entries, int Matches, int Assertions, long Audit)> CountsAsync()
    {
        await using var context = _db.NewContext();
        return (
            await context.People.CountAsync(Cancel),
            await context.Sources.CountAsync(Cancel),
            await context.ListEntries.CountAsync(Cancel),
            await context.ListMatches.CountAsync(Cancel),
            await context.FateAssertions.CountAsync(Cancel),
            await context.AuditEntries.LongCountAsync(Cancel));
    }

    // The rows the audit's check of every row finds no entry for, or a different state in.
    private async Task<long> RowProblemsAsync()
    {
        await using var context = _db.NewContext();
        return (await AuditVerifier.InspectAsync(context, [], AuditVerifier.DefaultMaxProblems, Cancel)).RowProblemCount;
    }

    // An invented name part of letters only, different for every number.
    private static string Letters(int number)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Append((char)('a' + (number % 26)));
            number /= 26;
        }
        while (number > 0);

        return letters.ToString();
    }

    // Demo people with a Cyrillic name form and a full date of birth, with distinct family names.
    private List<Person> KnownPeople(int count) =>
        [.. Demo.People
            .Where(p => p.BirthDate?.Precision == DatePrecision.Day && p.Side is not null && p.Names.Any(n => n.Script == NameScript.Cyrillic))
            .DistinctBy(p => p.PrimaryName.FamilyName)
            .Take(count)];

    // The row as the registry writes the person: a sure match by name and date of birth.
    private static string ExactRow(Person person) =>
        $"k0,{person.PrimaryName.GivenName},{person.PrimaryName.FamilyName},{DayFirst(person)}";

    private static string OtherSide(Person person) =>
        person.Side == "armenian" ? "azerbaijani" : "armenian";

    private static PersonName Cyrillic(Person person) => person.Names.First(n => n.Script == NameScript.Cyrillic);

    private static string DayFirst(Person person) => person.BirthDate!.Earliest.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static ListImportOptions Options() => new("Invented test list", Invented: true);

    private static string Csv(IEnumerable<string> rows) => "id,given_name,family_name,birth_date\n" + string.Join('\n', rows) + "\n";

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    // Runs an action once, when the import reports its first saved chunk: its transaction is open.
    private sealed class SavingHook(Action action) : IProgress<ListImportProgress>
    {
        private bool _done;

        public void Report(ListImportProgress value)
        {
            if (value.Stage == ListImportStage.Saving && !_done)
            {
                _done = true;
                action();
            }
        }
    }
}
