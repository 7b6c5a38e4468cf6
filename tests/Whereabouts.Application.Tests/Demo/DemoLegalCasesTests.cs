using Whereabouts.Application.Demo;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Demo;

/// <summary>The demo's legal cases and family notifications, read through the catalogue that carries them.</summary>
public sealed class DemoLegalCasesTests
{
    private static readonly DemoCatalog Catalog = DemoCatalog.Build();

    [Fact]
    public void Build_EchrRequests_IncludeOneLodgedInDecember2020ForMenCapturedAtHinTagher()
    {
        var hinTagher = Enumerable.Range(1, 20).Select(i => DemoIds.For($"person/hin-tagher/{i}")).ToHashSet();

        var request = Assert.Single(Catalog.LegalCases, c =>
            c.ForumKind == ForumKind.EuropeanCourtOfHumanRights
            && c.Kind == LegalCaseKind.InterimMeasuresRequest
            && c.PersonIds.All(hinTagher.Contains));

        Assert.Equal(2020, request.LodgedOn.Year);
        Assert.Equal(12, request.LodgedOn.Month);
        Assert.True(request.PersonIds.Count >= 5);
        Assert.Contains(request.Proceedings, p => p.Kind == ProceedingKind.Decision);
        Assert.All(request.PersonIds, id => Assert.Contains(Catalog.People, p => p.Id == id && p.IsInvented));
    }

    [Fact]
    public void Build_RequestForWarCaptives_NamesAboutHalfOfThe44MenReturned()
    {
        var returned = Catalog.People
            .Where(p => p.FateAssertions.Any(a => a.Status == FateStatus.Repatriated && a.AsOf == PartialDate.OfDay(2020, 12, 14)) && p.Side == "armenian")
            .Select(p => p.Id)
            .ToHashSet();

        var named = Catalog.LegalCases
            .Where(c => c.Kind == LegalCaseKind.InterimMeasuresRequest && c.LodgedOn.IsDefinitelyBefore(PartialDate.OfDay(2020, 12, 14)))
            .SelectMany(c => c.PersonIds)
            .Distinct()
            .Count(returned.Contains);

        Assert.InRange(named, 18, 26);
    }

    [Fact]
    public void Build_Trials_MatchTheDefendantsFateHistories()
    {
        var trials = Catalog.LegalCases.Where(c => c.Kind == LegalCaseKind.CriminalTrial).ToList();

        Assert.InRange(trials.Count, 2, 5);
        foreach (var trial in trials)
        {
            var defendant = Catalog.People.Single(p => p.Id == Assert.Single(trial.PersonIds));
            var sentenced = defendant.FateAssertions.Single(a => a.Status == FateStatus.Sentenced);
            Assert.Equal(LegalCaseStatus.Sentenced, trial.Status);
            Assert.NotEmpty(trial.Charges);
            Assert.Equal(sentenced.Note, trial.Sentence);
            Assert.Contains(trial.Proceedings, p => p.Kind == ProceedingKind.Decision && p.On == sentenced.AsOf);
            Assert.Contains(trial.Proceedings, p => p.Kind == ProceedingKind.Hearing);
            Assert.Contains(defendant.FateAssertions, a => a.Status == FateStatus.ReportedCaptured && a.AsOf == PartialDate.OfDay(2021, 11, 16));
        }
    }

    [Fact]
    public void Build_CasesAndNotifications_SayTheyAreInventedAndCiteCatalogueSources()
    {
        var sources = Catalog.Sources.Select(s => s.Id).ToHashSet();

        Assert.All(Catalog.LegalCases, c =>
        {
            Assert.Contains("invented", c.Title, StringComparison.Ordinal);
            Assert.StartsWith("DEMO-", c.Number, StringComparison.Ordinal);
            Assert.All(c.SourceIds, s => Assert.Contains(s, sources));
            Assert.All(c.Proceedings, p => Assert.Contains(p.SourceId!.Value, sources));
        });
        Assert.InRange(Catalog.Notifications.Count, 2, 3);
        Assert.All(Catalog.Notifications, n =>
        {
            Assert.Contains("invented", n.ToldBy, StringComparison.Ordinal);
            Assert.Contains(Catalog.People, p => p.Id == n.PersonId);
            Assert.All(n.SourceIds, s => Assert.Contains(s, sources));
        });
    }
}
