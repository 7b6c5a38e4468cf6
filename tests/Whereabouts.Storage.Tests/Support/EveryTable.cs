using Microsoft.AspNetCore.Identity;
using Whereabouts.Domain;
using Whereabouts.Storage.Accounts;
using Whereabouts.Testing;

namespace Whereabouts.Storage.Tests.Support;

/// <summary>
/// An invented registry with at least one row in every audited table, every row saved through the
/// registry's own save (so the log has an entry about each). Names are marked invented.
/// </summary>
public static class EveryTable
{
    public const string UserId = "invented-user";
    public const string RoleId = "invented-role";
    public const string OtherRoleId = "invented-other-role";

    /// <summary>The audited tables, each of which <see cref="AddAsync"/> fills.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "AccountStates", "ApiKeys", "CaptivityEvents", "EvidenceFiles", "PlaceControls", "SourceFiles", "VerificationSteps", "TracingContactEvents", "TracingRequestSteps", "TracingRequests", "AspNetRoleClaims", "AspNetRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles",
        "AspNetUserTokens", "AspNetUsers", "CountClaims", "Exchanges", "FamilyNotifications", "FateAssertions", "FateRetractions",
        "Incidents", "LegalCases", "LegalProceedings", "ListDepartureAcknowledgements", "ListEntries", "ListImports",
        "ListMappingTemplates", "ListMatches", "Parties", "People", "PersonPairs", "Places", "SourceArchives", "Sources",
    ];

    /// <summary>Saves the rows through a context attributed to "tester"; the database must have no parties yet.</summary>
    public static async Task AddAsync(WhereaboutsDatabase database, CancellationToken cancellationToken)
    {
        var now = Registry.Now;
        await using var context = database.CreateContext("tester");
        var armenia = new Party(TestParties.Armenian, new PartyNames("Armenia", "Հայաստան", "Армения", "Ermənistan"));
        var azerbaijan = new Party(TestParties.Azerbaijani, new PartyNames("Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan"));
        var place = new Place(Guid.NewGuid(), PlaceKind.Region, [new PlaceName("Invented Valley", "en")], new Coordinates(40.1, 45.2));
        var incident = new Incident(Guid.NewGuid(), "Invented incident", PartialDate.OfYear(2020));
        var source = Registry.Source();
        var newer = Registry.Source("Invented newer list");
        var archive = new SourceArchive(source, "report.txt", "text/plain", "invented report"u8.ToArray(), "invented report", "tester", now);
        var person = Registry.Person("Invented", "Invented-Petrosyan");
        var other = Registry.Person("Invented", "Invented-Sargsyan");
        var assertion = Registry.Assertion(source, FateStatus.Missing, "2020-10");
        person.AssertFate(assertion);
        person.AssertFate(Registry.Assertion(source, FateStatus.ReportedCaptured, "2020-11"));
        person.RetractFate(new FateRetraction(Guid.NewGuid(), assertion.Id, "invented mistake", new Evidence(source.Id, "as the source says", null, Credibility.ProbablyTrue), "tester", now));
        var claim = new CountClaim(
            Guid.NewGuid(),
            new CountClaimDetails(source.Id, 12, null, CountQualifier.About, CountCategory.Missing, TestParties.Armenian, incident.Id, null, PartialDate.OfYear(2021), ClaimStatus.Asserted, "invented office", "about twelve"),
            "tester",
            now);
        var exchange = new Exchange(
            Guid.NewGuid(),
            new ExchangeDetails(PartialDate.OfYear(2021), ExchangeTerms.AllForAll, TermsText: "invented terms", PlaceId: place.Id),
            [source.Id],
            [new ExchangeTransfer(other.Id, TestParties.Azerbaijani, TestParties.Armenian)],
            "tester",
            now);
        var legalCase = new LegalCase(Guid.NewGuid(), new LegalCaseDetails(
            "Invented v. Nowhere", ForumKind.NationalCourt, "Invented court", "1/2021", LegalCaseKind.CriminalTrial, PartialDate.OfYear(2021), [person.Id]));
        legalCase.AddProceeding(new Proceeding(Guid.NewGuid(), PartialDate.OfYear(2021), ProceedingKind.Filing, "invented filing", "tester", now));
        var notification = new FamilyNotification(Guid.NewGuid(), person.Id, PartialDate.OfYear(2021), FateStatus.Missing, null, "invented office", "the family", [source.Id], "tester", now);
        var entry = new ListEntry(Guid.NewGuid(), source.Id, 1, "1", "Invented", "Invented-Petrosyan", null, "2001", null);
        var gone = new ListEntry(Guid.NewGuid(), source.Id, 2, "2", "Invented", "Invented-Sargsyan", null, "2001", null);
        var match = new ListMatch(Guid.NewGuid(), entry.Id, person.Id, MatchOrigin.ForReview, 0.75, 4.5, "invented explanation");
        var departure = new ListDepartureAcknowledgement(Guid.NewGuid(), newer.Id, gone.Id, other.Id, "tester", now, "invented note");
        var pair = new PersonPair(Guid.NewGuid(), person.Id, other.Id, PairOrigin.Caseworker, explanation: "invented pair");
        var upload = new ListImport(Guid.NewGuid(), "invented.csv", "given,family\n"u8.ToArray(), "tester", now);
        var template = new ListMappingTemplate(Guid.NewGuid(), "Invented template", "{}", "tester", now);
        context.AddRange(armenia, azerbaijan, place, incident, source, newer, archive, person, other, claim, exchange, legalCase, notification);
        context.AddRange(entry, gone, match, departure, pair, upload, template);
        var request = new TracingRequest(
            Guid.NewGuid(), "T-2021-0001", PartialDate.OfYear(2021), TracingRequestChannel.Office,
            new TracingRequestDetails("Invented enquirer", "mother", "hy", ["ICRC"], false, "Invented Invented-Petrosyan", null, "Invented Valley", null, null, null),
            "tester", now);
        request.LinkTo(person.Id, source.Id);
        request.MoveTo(TracingRequestStatus.Searching, "tester", now, null);
        request.RecordContactEvent(ContactEventKind.Recorded, "tester", now, null);
        var visit = new CaptivityEvent(Guid.NewGuid(), person.Id, CaptivityEventKind.Visit, PartialDate.OfYear(2021), TestParties.Azerbaijani, "Invented prison", "invented delegation", null, source.Id, "tester", now);
        context.AddRange(request, visit);
        const string sha256 = "0000000000000000000000000000000000000000000000000000000000000001";
        var file = new EvidenceFile(sha256, 7, "video/mp4", "tester", now);
        var attached = new SourceFile(Guid.NewGuid(), source.Id, sha256, "invented.mp4", "invented video", "tester", now);
        var review = new VerificationStep(Guid.NewGuid(), null, sha256, VerificationState.UnderReview, VerificationMethods.None, "invented review", "tester", now);
        var control = new PlaceControl(Guid.NewGuid(), place.Id, ControlKind.Controlled, TestParties.Armenian, null, PartialDate.OfYear(2020), null, source.Id, "invented map", null, "tester", now);
        context.AddRange(file, attached, review, control);

        context.Users.Add(new IdentityUser("invented-admin") { Id = UserId, Email = "invented@example.org", PasswordHash = "invented-hash", SecurityStamp = "stamp" });
        context.Roles.AddRange(new IdentityRole("Invented") { Id = RoleId }, new IdentityRole("Other") { Id = OtherRoleId });
        context.UserRoles.Add(new IdentityUserRole<string> { UserId = UserId, RoleId = RoleId });
        context.UserClaims.Add(new IdentityUserClaim<string> { Id = 1, UserId = UserId, ClaimType = "invented", ClaimValue = "one" });
        context.RoleClaims.Add(new IdentityRoleClaim<string> { Id = 1, RoleId = RoleId, ClaimType = "invented", ClaimValue = "one" });
        context.UserLogins.Add(new IdentityUserLogin<string> { UserId = UserId, LoginProvider = "invented", ProviderKey = "key", ProviderDisplayName = "Invented" });
        context.UserTokens.Add(new IdentityUserToken<string> { UserId = UserId, LoginProvider = "invented", Name = "token", Value = "secret" });
        context.ApiKeys.Add(new ApiKey(Guid.NewGuid(), UserId, "wa_inv", new string('a', 64), now));
        var state = new AccountState(UserId);
        state.SignedIn(now);
        state.Disable(now.AddDays(1));
        context.AccountStates.Add(state);
        await context.SaveChangesAsync(cancellationToken);
    }
}
