using Whereabouts.Domain;

namespace Whereabouts.Storage.Tests.Support;

/// <summary>Builders for invented test records.</summary>
public static class Registry
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public static Source Source(string title = "Invented family report") =>
        new(Guid.NewGuid(), new SourceDetails(SourceKind.FamilyReport, title, Publisher: "Invented office", Reliability: Reliability.B));

    public static Person Person(string given = "Arayik", string family = "Harutyunyan") =>
        new(Guid.NewGuid(), new PersonName(given, family, origin: "family report"),
            new PersonDetails(Sex.Male, PartialDate.OfYear(2001), Side: "armenian", Role: ServiceRole.Soldier), isInvented: true);

    public static FateAssertion Assertion(Source source, FateStatus status, string asOf, Credibility credibility = Credibility.ProbablyTrue) =>
        new(Guid.NewGuid(), status, PartialDate.Parse(asOf), new Evidence(source.Id, "as the source says", null, credibility), "tester", Now);
}
