using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Claims;

/// <summary>
/// A registry made for these tests (invented people): four people lost contact on 11 December, one
/// of them outside the incident; one Armenian was confirmed captured on the 13th and repatriated on
/// the 14th; claims of every review state and status about the incident.
/// </summary>
public sealed class ReconciliationQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = DateTimeOffset.UtcNow;
    private readonly Source _source = new(Guid.NewGuid(), new SourceDetails(SourceKind.OfficialStatement, "Invented ministry statement"));
    private readonly Place _village = new(Guid.NewGuid(), PlaceKind.Village, [new PlaceName("Inventedavan")]);
    private Incident _fighting = null!;
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _fighting = new Incident(Guid.NewGuid(), "Invented fighting at Inventedavan", PartialDate.OfDay(2020, 12, 11));
        _fighting.AddPlace(_village.Id);

        var returned = Person("armenian", inIncident: true);
        returned.AssertFate(Assertion(FateStatus.CaptureConfirmed, 13, inIncident: true));
        returned.AssertFate(Assertion(FateStatus.Repatriated, 14, inIncident: false));
        var stillMissing = Person("armenian", inIncident: true);
        var otherSide = Person("azerbaijani", inIncident: true);
        var elsewhere = Person("armenian", inIncident: false);

        await using var context = _db.NewContext();
        context.AddRange(_source, _village, _fighting, returned, stillMissing, otherSide, elsewhere);
        context.AddRange(
            Claim(73, ClaimStatus.Asserted, "armenian", 15),
            Claim(171, ClaimStatus.Denied, "armenian", null),
            Claim(60, ClaimStatus.Asserted, null, 16),
            Claim(5, ClaimStatus.Asserted, "azerbaijani", 15),
            Claim(99, ClaimStatus.Asserted, "armenian", 15, ClaimReview.Pending),
            Claim(50, ClaimStatus.Asserted, "armenian", 15, ClaimReview.Rejected));
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task RunAsync_MissingArmenians_ShowsAcceptedClaimsBesideTheNamedPeopleOnEachDay()
    {
        var result = await Query().RunAsync(new ReconciliationCriteria(_fighting.Id, null, CountCategory.Missing, "armenian"), Cancel);

        Assert.NotNull(result);
        Assert.Equal("Invented fighting at Inventedavan", result.ScopeName);

        // Pending, rejected and the other side's claims are left out; a claim without a side is kept.
        Assert.Equal([73, 60, 171], result.Claims.Select(c => c.Count));
        Assert.Equal(171, Assert.Single(result.Denied).Count);
        Assert.True(result.IsDisputed);
        Assert.Equal((60, 73), (result.LowestAsserted, result.HighestAsserted));

        // On the 15th only one named Armenian of the incident was still missing (the other had been
        // captured on the 13th); the person missing elsewhere is not counted here.
        Assert.Equal(1, result.Claims.Count(c => c.AsOf == PartialDate.OfDay(2020, 12, 15)));
        Assert.Equal(new RegistryCountPoint(new DateOnly(2020, 12, 15), 1), result.RegistryOverTime[0]);
        Assert.Equal(1, result.RegistryToday);
    }

    [Fact]
    public async Task RunAsync_Captured_CountsEveryoneCapturedByTheDayEvenIfReleasedSince()
    {
        var result = await Query().RunAsync(new ReconciliationCriteria(_fighting.Id, null, CountCategory.Captured), Cancel);

        Assert.NotNull(result);
        Assert.Empty(result.Claims);
        Assert.Equal(1, result.RegistryToday);
    }

    [Fact]
    public async Task RunAsync_EverySide_CountsEveryNamedPersonOfTheIncident()
    {
        var result = await Query().RunAsync(new ReconciliationCriteria(_fighting.Id, null, CountCategory.Missing), Cancel);

        Assert.NotNull(result);
        Assert.Equal([5, 60, 73, 171], result.Claims.Select(c => c.Count).Order());
        Assert.Equal(new RegistryCountPoint(new DateOnly(2020, 12, 15), 2), result.RegistryOverTime[0]);
    }

    [Fact]
    public async Task RunAsync_APlace_CountsThePeopleOfTheIncidentsThere()
    {
        var result = await Query().RunAsync(new ReconciliationCriteria(null, _village.Id, CountCategory.Missing, "armenian"), Cancel);

        Assert.NotNull(result);
        Assert.Equal("Inventedavan", result.ScopeName);
        Assert.Empty(result.Claims);
        Assert.Equal(1, result.RegistryToday);
    }

    [Fact]
    public async Task RunAsync_Wounded_SaysTheRegistryDoesNotRecordIt()
    {
        var result = await Query().RunAsync(new ReconciliationCriteria(_fighting.Id, null, CountCategory.Wounded), Cancel);

        Assert.NotNull(result);
        Assert.Null(result.RegistryRule);
        Assert.Null(result.RegistryToday);
    }

    [Fact]
    public async Task RunAsync_NeitherIncidentNorPlace_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Query().RunAsync(new ReconciliationCriteria(null, null, CountCategory.Missing), Cancel));

        Assert.Contains("incident", error.Errors.Keys);
    }

    [Fact]
    public async Task RunAsync_UnknownIncident_IsNull()
    {
        Assert.Null(await Query().RunAsync(new ReconciliationCriteria(Guid.NewGuid(), null, CountCategory.Missing), Cancel));
    }

    [Fact]
    public async Task RunAsync_ClaimDatedToAMonth_IsComparedWithTheRegistryAtTheMonthsEnd()
    {
        // Lost contact on 11 December; a claim "as of December 2020" must see them, not the 1st's empty registry.
        await using (var context = _db.NewContext())
        {
            context.Add(MonthClaim(2020, 12));
            await context.SaveChangesAsync(Cancel);
        }

        var result = await Query().RunAsync(new ReconciliationCriteria(_fighting.Id, null, CountCategory.Missing, "armenian"), Cancel);

        Assert.NotNull(result);
        var claim = Assert.Single(result.Claims, c => c.AsOf == PartialDate.OfMonth(2020, 12));
        Assert.Equal(new RegistryCountPoint(new DateOnly(2020, 12, 31), 1), result.RegistryAt(claim));
        Assert.DoesNotContain(result.RegistryOverTime, p => p.Day == new DateOnly(2020, 12, 1));
    }

    [Theory]
    [InlineData("2020-12-15", "2020-12-15")]
    [InlineData("2020-02", "2020-02-29")]
    [InlineData("2020", "2020-12-31")]
    [InlineData("2026-12", "2026-12-06")]
    public void ComparedOn_DayMonthOrYear_IsThePeriodsLastDayButNeverAfterToday(string asOf, string expected)
    {
        Assert.True(PartialDate.TryParse(asOf, out var date, out _));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Reconciliation.ComparedOn(date!, new DateOnly(2026, 12, 6)));
    }

    private CountClaim MonthClaim(int year, int month) => new(
        Guid.NewGuid(),
        new CountClaimDetails(
            _source.Id, 70, null, CountQualifier.About, CountCategory.Missing, "armenian", _fighting.Id, null,
            PartialDate.OfMonth(year, month), ClaimStatus.Asserted, "the invented ministry", "Invented sentence with about 70."),
        "test",
        Recorded);

    private ReconciliationQuery Query() => new(_db.Database, TimeProvider.System);

    private Person Person(string? side, bool inIncident)
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", "Soldier"), new PersonDetails(Side: side), isInvented: true);
        person.AssertFate(Assertion(FateStatus.Missing, 11, inIncident));
        return person;
    }

    private FateAssertion Assertion(FateStatus status, int day, bool inIncident) => new(
        Guid.NewGuid(), status, PartialDate.OfDay(2020, 12, day), new Evidence(_source.Id, null, "paragraph 1", Credibility.ProbablyTrue), "test", Recorded,
        inIncident ? _fighting.Id : null);

    private CountClaim Claim(int count, ClaimStatus status, string? side, int? day, ClaimReview review = ClaimReview.Accepted)
    {
        var details = new CountClaimDetails(
            _source.Id, count, null, CountQualifier.Exact, CountCategory.Missing, side, _fighting.Id, null,
            day is { } d ? PartialDate.OfDay(2020, 12, d) : null, status, "the invented ministry", $"Invented sentence with {count}.");
        var claim = review == ClaimReview.Accepted ? new CountClaim(Guid.NewGuid(), details, "test", Recorded) : CountClaim.Propose(Guid.NewGuid(), details, "test", Recorded);
        if (review == ClaimReview.Rejected)
        {
            claim.Judge(ClaimReview.Rejected, "test", Recorded);
        }

        return claim;
    }
}
