using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Authorization;

/// <summary>
/// Walks every endpoint the app maps, as an anonymous visitor and as each role, and checks the
/// answer against the access this file declares. An endpoint that is not declared here fails the
/// walk, so nobody can add a page or API route without deciding who may use it.
/// </summary>
public sealed partial class AuthorizationWalkTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Anyone = "anyone";

    private static readonly string[] Readers = [Roles.Administrator, Roles.Caseworker, Roles.Analyst, Roles.Counsel, Roles.Viewer];
    private static readonly string[] PeopleEditors = [Roles.Administrator, Roles.Caseworker];
    private static readonly string[] SourceEditors = [Roles.Administrator, Roles.Analyst];
    private static readonly string[] FileEditors = [Roles.Administrator, Roles.Caseworker, Roles.Analyst];
    private static readonly string[] GazetteerEditors = [Roles.Administrator, Roles.Caseworker, Roles.Analyst];
    private static readonly string[] LegalEditors = [Roles.Administrator, Roles.Caseworker, Roles.Counsel];
    private static readonly string[] FamilyNotifiers = [Roles.Administrator, Roles.Caseworker, Roles.Counsel];
    private static readonly string[] TracingEditors = [Roles.Administrator, Roles.Caseworker];
    private static readonly string[] EvidenceVerifiers = [Roles.Administrator, Roles.Caseworker, Roles.Analyst];
    private static readonly string[] Administrators = [Roles.Administrator];
    private static readonly string[] Everyone = [Anyone];

    /// <summary>
    /// Who may use each endpoint. Pages are keyed "PAGE /route" (their GET and POST share one
    /// policy); API routes "METHOD /route".
    /// </summary>
    private static readonly Dictionary<string, string[]> Access = new(StringComparer.Ordinal)
    {
        ["PAGE /"] = Everyone,
        ["PAGE /Index"] = Everyone,
        ["PAGE /Enquiry"] = Everyone,
        ["PAGE /Enquiry/Index"] = Everyone,
        ["PAGE /Error/{code:int?}"] = Everyone,
        ["GET /Admin/{**rest}"] = Everyone,
        ["PAGE /Account/Login"] = Everyone,
        ["PAGE /Account/Logout"] = Everyone,
        ["PAGE /Account/AccessDenied"] = Everyone,
        ["PAGE /Account/LoginWithTwoFactor"] = Everyone,
        ["PAGE /Account/Manage"] = Readers,
        ["PAGE /Account/Manage/Index"] = Readers,
        ["PAGE /Account/Manage/TwoFactor"] = Readers,
        ["PAGE /Administration/Accounts"] = Administrators,
        ["PAGE /Administration/Accounts/Index"] = Administrators,
        ["PAGE /Administration/Accounts/Create"] = Administrators,
        ["PAGE /Administration/Accounts/Details/{id:guid}"] = Administrators,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /api/v1/public/statistics"] = Everyone,
        ["PAGE /Reports"] = Readers,
        ["PAGE /Reports/Index"] = Readers,
        ["PAGE /Reports/Map"] = Readers,
        ["PAGE /Dashboard"] = Readers,
        ["PAGE /People"] = Readers,
        ["PAGE /People/Index"] = Readers,
        ["PAGE /People/{id:guid}"] = Readers,
        ["PAGE /People/Create"] = PeopleEditors,
        ["PAGE /People/AddName/{id:guid}"] = PeopleEditors,
        ["PAGE /People/AddFate/{id:guid}"] = PeopleEditors,
        ["PAGE /People/EditDetails/{id:guid}"] = PeopleEditors,
        ["PAGE /People/RetractFate/{id:guid}/{assertionId:guid}"] = PeopleEditors,
        ["PAGE /People/WithdrawName/{id:guid}/{position:int}"] = PeopleEditors,
        ["PAGE /People/SamePerson/{id:guid}"] = PeopleEditors,
        ["PAGE /Review"] = PeopleEditors,
        ["PAGE /Review/Index"] = PeopleEditors,
        ["PAGE /Review/{id:guid}"] = PeopleEditors,
        ["PAGE /Review/Pairs"] = PeopleEditors,
        ["PAGE /Review/Pairs/{id:guid}"] = PeopleEditors,
        ["PAGE /Review/Departures"] = PeopleEditors,
        ["PAGE /Sources/{id:guid}/Changes"] = Readers,
        ["GET /api/v1/lists/{id:guid}/changes"] = Readers,
        ["POST /api/v1/lists/{id:guid}/departures/{entryId:guid}/acknowledgement"] = PeopleEditors,
        ["GET /api/v1/persons/"] = Readers,
        ["GET /api/v1/persons/{id:guid}"] = Readers,
        ["GET /api/v1/persons/{id:guid}/history"] = Readers,
        ["GET /api/v1/persons/{id:guid}/identity"] = Readers,
        ["POST /api/v1/persons/{id:guid}/same-person"] = PeopleEditors,
        ["POST /api/v1/persons/{id:guid}/same-person/{judgementId:guid}/undo"] = PeopleEditors,
        ["POST /api/v1/persons/"] = PeopleEditors,
        ["POST /api/v1/persons/{id:guid}/names"] = PeopleEditors,
        ["POST /api/v1/persons/{id:guid}/fates"] = PeopleEditors,
        ["PUT /api/v1/persons/{id:guid}/details"] = PeopleEditors,
        ["POST /api/v1/persons/{id:guid}/fates/{assertionId:guid}/retraction"] = PeopleEditors,
        ["POST /api/v1/persons/{id:guid}/names/{position:int}/withdrawal"] = PeopleEditors,
        ["PAGE /People/AddNotification/{id:guid}"] = FamilyNotifiers,
        ["GET /api/v1/persons/{id:guid}/notifications/"] = FamilyNotifiers,
        ["POST /api/v1/persons/{id:guid}/notifications/"] = FamilyNotifiers,
        ["GET /api/v1/family-notifications/to-inform-again"] = FamilyNotifiers,
        ["PAGE /LegalCases/InformAgain"] = FamilyNotifiers,
        ["PAGE /Tracing"] = FamilyNotifiers,
        ["PAGE /Tracing/Index"] = FamilyNotifiers,
        ["PAGE /Tracing/{id:guid}"] = FamilyNotifiers,
        ["PAGE /Tracing/Create"] = TracingEditors,
        ["PAGE /Tracing/Edit/{id:guid}"] = TracingEditors,
        ["PAGE /Tracing/Link/{id:guid}"] = TracingEditors,
        ["PAGE /Tracing/Answer/{id:guid}"] = TracingEditors,
        ["GET /api/v1/tracing-requests/"] = FamilyNotifiers,
        ["GET /api/v1/tracing-requests/export.csv"] = FamilyNotifiers,
        ["GET /api/v1/tracing-requests/{id:guid}"] = FamilyNotifiers,
        ["POST /api/v1/tracing-requests/"] = TracingEditors,
        ["POST /api/v1/tracing-requests/{id:guid}/status"] = TracingEditors,
        ["POST /api/v1/tracing-requests/{id:guid}/link"] = TracingEditors,
        ["POST /api/v1/tracing-requests/{id:guid}/person"] = TracingEditors,
        ["POST /api/v1/tracing-requests/{id:guid}/answers"] = TracingEditors,
        ["POST /api/v1/tracing-requests/{id:guid}/contact/reveal"] = TracingEditors,
        ["POST /api/v1/tracing-requests/{id:guid}/contact/erasure"] = TracingEditors,
        ["PAGE /Tracing/Next"] = FamilyNotifiers,
        ["PAGE /Tracing/Next/Index"] = FamilyNotifiers,
        ["PAGE /LegalCases"] = Readers,
        ["PAGE /LegalCases/Index"] = Readers,
        ["PAGE /LegalCases/{id:guid}"] = Readers,
        ["PAGE /LegalCases/Create"] = LegalEditors,
        ["PAGE /LegalCases/AddProceeding/{id:guid}"] = LegalEditors,
        ["PAGE /LegalCases/Edit/{id:guid}"] = LegalEditors,
        ["GET /api/v1/legal-cases/"] = Readers,
        ["GET /api/v1/legal-cases/{id:guid}"] = Readers,
        ["POST /api/v1/legal-cases/"] = LegalEditors,
        ["PUT /api/v1/legal-cases/{id:guid}"] = LegalEditors,
        ["POST /api/v1/legal-cases/{id:guid}/proceedings"] = LegalEditors,
        ["PAGE /Sources"] = Readers,
        ["PAGE /Sources/Index"] = Readers,
        ["PAGE /Sources/{id:guid}"] = Readers,
        ["PAGE /Sources/Create"] = SourceEditors,
        ["PAGE /Sources/Ingest"] = SourceEditors,
        ["PAGE /Claims"] = SourceEditors,
        ["PAGE /Claims/Index"] = SourceEditors,
        ["PAGE /Claims/Edit/{id:guid}"] = SourceEditors,
        ["PAGE /Claims/Reconciliation"] = Readers,
        ["PAGE /Sources/Edit/{id:guid}"] = SourceEditors,
        ["PAGE /Sources/{id:guid}/AddClaim"] = SourceEditors,
        ["PAGE /Sources/{id:guid}/Files"] = FileEditors,
        ["PAGE /Files/{sha256}"] = Readers,
        ["PAGE /Incidents"] = Readers,
        ["PAGE /Incidents/Index"] = Readers,
        ["PAGE /Incidents/{id:guid}"] = Readers,
        ["PAGE /Incidents/Create"] = GazetteerEditors,
        ["PAGE /Incidents/Edit/{id:guid}"] = GazetteerEditors,
        ["PAGE /Places"] = Readers,
        ["PAGE /Places/Index"] = Readers,
        ["PAGE /Places/{id:guid}"] = Readers,
        ["PAGE /Places/Create"] = GazetteerEditors,
        ["PAGE /Places/Edit/{id:guid}"] = GazetteerEditors,
        ["PAGE /Places/{id:guid}/Control"] = GazetteerEditors,
        ["PAGE /Administration/Parties"] = Administrators,
        ["PAGE /Administration/Duplicates"] = Administrators,
        ["PAGE /Administration/Parties/Index"] = Administrators,
        ["PAGE /Administration/Parties/Edit/{slug}"] = Administrators,
        ["PAGE /Lists"] = PeopleEditors,
        ["PAGE /Lists/Index"] = PeopleEditors,
        ["PAGE /Lists/{id:guid}"] = PeopleEditors,
        ["POST /api/v1/lists/"] = PeopleEditors,
        ["GET /api/v1/lists/{id:guid}"] = Readers,
        ["POST /api/v1/lists/{id:guid}/cancellation"] = PeopleEditors,
        ["GET /api/v1/sources/"] = Readers,
        ["GET /api/v1/sources/{id:guid}"] = Readers,
        ["GET /api/v1/sources/{id:guid}/claims"] = Readers,
        ["POST /api/v1/sources/"] = SourceEditors,
        ["POST /api/v1/sources/{id:guid}/claims"] = SourceEditors,
        ["PUT /api/v1/sources/{id:guid}"] = SourceEditors,
        ["POST /api/v1/documents"] = SourceEditors,
        ["GET /api/v1/sources/{id:guid}/files/"] = Readers,
        ["POST /api/v1/sources/{id:guid}/files/"] = FileEditors,
        ["POST /api/v1/sources/{id:guid}/files/{attachmentId:guid}/detachment"] = FileEditors,
        ["GET /api/v1/files/{sha256}"] = Readers,
        ["GET /api/v1/files/{sha256}/info"] = Readers,
        ["GET /api/v1/claims/pending"] = SourceEditors,
        ["POST /api/v1/claims/{id:guid}/accept"] = SourceEditors,
        ["POST /api/v1/claims/{id:guid}/reject"] = SourceEditors,
        ["GET /api/v1/reconciliation"] = Readers,
        ["GET /api/v1/incidents/"] = Readers,
        ["GET /api/v1/incidents/{id:guid}"] = Readers,
        ["GET /api/v1/incidents/{id:guid}/claims"] = Readers,
        ["POST /api/v1/incidents/"] = GazetteerEditors,
        ["PUT /api/v1/incidents/{id:guid}"] = GazetteerEditors,
        ["GET /api/v1/places/"] = Readers,
        ["GET /api/v1/places/{id:guid}"] = Readers,
        ["GET /api/v1/places/{id:guid}/claims"] = Readers,
        ["POST /api/v1/places/"] = GazetteerEditors,
        ["PUT /api/v1/places/{id:guid}"] = GazetteerEditors,
        ["GET /api/v1/places/{id:guid}/control"] = Readers,
        ["POST /api/v1/places/{id:guid}/control"] = GazetteerEditors,
        ["POST /api/v1/places/control/{id:guid}/retraction"] = GazetteerEditors,
        ["GET /api/v1/places/control"] = Readers,
        ["GET /api/v1/parties/"] = Readers,
        ["GET /api/v1/parties/{slug}"] = Readers,
        ["POST /api/v1/parties/"] = Administrators,
        ["PUT /api/v1/parties/{slug}"] = Administrators,
        ["GET /api/v1/export/snapshot.json"] = Administrators,
        ["GET /api/v1/export/{table}.csv"] = Administrators,
        ["PAGE /Exchanges"] = Readers,
        ["PAGE /Exchanges/Index"] = Readers,
        ["PAGE /Exchanges/{id:guid}"] = Readers,
        ["PAGE /Exchanges/Create"] = PeopleEditors,
        ["PAGE /Exchanges/Edit/{id:guid}"] = PeopleEditors,
        ["PAGE /Reports/StillHeld"] = Readers,
        ["GET /api/v1/exchanges/"] = Readers,
        ["GET /api/v1/exchanges/{id:guid}"] = Readers,
        ["POST /api/v1/exchanges/"] = PeopleEditors,
        ["PUT /api/v1/exchanges/{id:guid}"] = PeopleEditors,
        ["GET /api/v1/reports/still-held"] = Readers,
        ["PAGE /Reports/Obligations"] = Readers,
        ["PAGE /People/{id:guid}/Captivity"] = PeopleEditors,
        ["GET /api/v1/persons/{id:guid}/captivity-events/"] = Readers,
        ["POST /api/v1/persons/{id:guid}/captivity-events/"] = PeopleEditors,
        ["POST /api/v1/captivity-events/{id:guid}/retraction"] = PeopleEditors,
        ["GET /api/v1/reports/obligations"] = Readers,
        ["PAGE /Sources/{id:guid}/Verification"] = EvidenceVerifiers,
        ["PAGE /Files/{sha256}/Verification"] = EvidenceVerifiers,
        ["PAGE /Review/Evidence"] = PeopleEditors,
        ["GET /api/v1/sources/{id:guid}/verification"] = Readers,
        ["POST /api/v1/sources/{id:guid}/verification"] = EvidenceVerifiers,
        ["GET /api/v1/files/{sha256}/verification"] = Readers,
        ["POST /api/v1/files/{sha256}/verification"] = EvidenceVerifiers,
        ["GET /api/v1/review/evidence"] = PeopleEditors,
    };

    [Fact]
    public void Endpoints_EveryOneIsDeclaredInThisTest()
    {
        var undeclared = Endpoints().Select(e => e.Key).Where(k => !Access.ContainsKey(k)).ToList();

        Assert.True(undeclared.Count == 0, "Endpoints without a declared access rule in AuthorizationWalkTests.Access: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Endpoints_EveryOneStatesItsPolicyExplicitly()
    {
        // The fallback policy would protect an endpoint without metadata, but an explicit policy or
        // AllowAnonymous makes the decision visible in the code that maps it.
        var implicitOnes = Endpoints()
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.Key)
            .ToList();

        Assert.True(implicitOnes.Count == 0, "Endpoints relying on the fallback policy: " + string.Join(", ", implicitOnes));
    }

    [Fact]
    public void Access_DeclaresNoEndpointThatDoesNotExist()
    {
        var mapped = Endpoints().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        var stale = Access.Keys.Where(k => !mapped.Contains(k)).ToList();

        Assert.True(stale.Count == 0, "Declared but not mapped (remove them): " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Walk_EveryEndpointAsEveryRoleAndAnonymous_AnswersAsDeclared()
    {
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { [Anyone] = app.Anonymous() };
        foreach (var role in Readers)
        {
            clients[role] = await app.ApiClientAsync(role);
        }

        var failures = new List<string>();
        var requests = 0;
        foreach (var endpoint in Endpoints().Where(e => Access.ContainsKey(e.Key)))
        {
            var allowed = Access[endpoint.Key];
            foreach (var method in endpoint.Methods)
            {
                foreach (var (who, client) in clients)
                {
                    var permitted = allowed.Contains(Anyone) || allowed.Contains(who);
                    using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(endpoint.SamplePath, UriKind.Relative));
                    if (method is "POST" or "PUT" or "PATCH")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }

                    using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                    requests++;
                    var verdict = Judge(response, permitted, who == Anyone);
                    if (verdict is not null)
                    {
                        failures.Add($"{method} {endpoint.SamplePath} as {who}: {verdict}");
                    }
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(requests > 0);
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} answers broke the access rules:\n" + string.Join('\n', failures));
    }

    private static string? Judge(HttpResponseMessage response, bool permitted, bool anonymous)
    {
        var status = response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        var toLogin = status == HttpStatusCode.Redirect && location.Contains("/Account/Login", StringComparison.Ordinal);
        var toDenied = status == HttpStatusCode.Redirect && location.Contains("/Account/AccessDenied", StringComparison.Ordinal);
        var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || toLogin || toDenied;
        if (permitted)
        {
            return refused ? $"refused ({(int)status} {location}) but declared allowed" : null;
        }

        if (anonymous)
        {
            return status == HttpStatusCode.Unauthorized || toLogin ? null : $"expected 401 or a redirect to sign-in, got {(int)status} {location}";
        }

        return status == HttpStatusCode.Forbidden || toDenied ? null : $"expected 403, got {(int)status} {location}";
    }

    private IEnumerable<MappedEndpoint> Endpoints()
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null
                || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.ApplicationModels.PageRouteMetadata>() is not null;
            var methods = isPage
                ? ["GET", "POST"]
                : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            if (isPage)
            {
                if (seen.Add("PAGE " + route))
                {
                    yield return new MappedEndpoint("PAGE " + route, endpoint, [.. methods], Sample(route));
                }

                continue;
            }

            foreach (var method in methods)
            {
                var key = $"{method} {route}";
                if (seen.Add(key))
                {
                    yield return new MappedEndpoint(key, endpoint, [method], Sample(route));
                }
            }
        }
    }

    /// <summary>A concrete path for a route template: ids become a fresh GUID, the OpenAPI document "v1".</summary>
    private static string Sample(string route) => RouteParameter().Replace(route, match => match.Groups["name"].Value switch
    {
        "documentName" => "v1",
        "table" => "people",
        "code" => "404",
        "slug" => "armenian",
        "position" => "0",
        "sha256" => new string('a', 64),
        _ => Guid.NewGuid().ToString(),
    });

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    private sealed record MappedEndpoint(string Key, RouteEndpoint Endpoint, string[] Methods, string SamplePath);
}
