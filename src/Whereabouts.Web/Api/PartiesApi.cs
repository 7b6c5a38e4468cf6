using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Parties;
using Whereabouts.Web.Api.Parties;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/parties: the parties to the conflict the registry accounts for. Any reader lists them;
/// administrators add and rename them. A party's slug never changes; a rename needs the party's
/// ETag in If-Match: 428 without it, 412 when stale.
/// </summary>
internal static class PartiesApi
{
    public static RouteGroupBuilder MapParties(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var parties = api.MapGroup("/parties").WithTags("Parties");

        parties.MapGet("/", ListAsync)
            .WithName("ListParties")
            .WithSummary("List the parties")
            .WithDescription("Every party by slug, with its names in en, hy, ru and az (null where none is recorded: show the English name). The side fields and parameters of the API hold these slugs; \"unknown\" means no party recorded.");
        parties.MapGet("/{slug}", GetAsync)
            .WithName("GetParty")
            .WithSummary("A party")
            .WithDescription("The slug is read in any case. The ETag is the party's version.");
        parties.MapPost("/", AddAsync)
            .RequireAuthorization(Policies.Administer)
            .WithName("AddParty")
            .WithSummary("Add a party")
            .WithDescription("slug (lowercase Latin letters, digits, hyphens; unique) and nameEn are required. Answers 201 with the party, its Location and ETag; 400 names each wrong field.")
            .ProducesValidationProblem();
        parties.MapPut("/{slug}", RenameAsync)
            .RequireAuthorization(Policies.Administer)
            .WithName("RenameParty")
            .WithSummary("Rename a party")
            .WithDescription("Replaces the names (nameEn required); the slug stays. Requires If-Match with the party's current ETag: 428 without it, 412 when someone saved it since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<PartyResource>>> ListAsync(PartyReader reader, CancellationToken cancellationToken)
    {
        var parties = await reader.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PartyResource>>([.. parties.Select(PartyResource.From)]);
    }

    private static async Task<Results<Ok<PartyResource>, ProblemHttpResult>> GetAsync(
        string slug, PartyReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var party = await reader.FindAsync(slug, cancellationToken);
        if (party is null)
        {
            return NotFound(slug);
        }

        ETags.Set(response, party.Version);
        return TypedResults.Ok(PartyResource.From(party));
    }

    private static async Task<Created<PartyResource>> AddAsync(
        PartyInput party, PartyEditor editor, HttpResponse response, CancellationToken cancellationToken)
    {
        var saved = await editor.AddAsync(party, cancellationToken);
        ETags.Set(response, saved.Version);
        return TypedResults.Created($"/api/v1/parties/{saved.Slug}", PartyResource.From(saved));
    }

    private static async Task<Results<Ok<PartyResource>, ProblemHttpResult>> RenameAsync(
        string slug, PartyInput party, PartyEditor editor, HttpContext http, CancellationToken cancellationToken)
    {
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return SourcesApi.IfMatchRequired("party", "/api/v1/parties/{slug}");
        }

        var saved = await editor.RenameAsync(slug, expected, party, cancellationToken);
        if (saved is null)
        {
            return NotFound(slug);
        }

        ETags.Set(http.Response, saved.Version);
        return TypedResults.Ok(PartyResource.From(saved));
    }

    private static ProblemHttpResult NotFound(string slug) =>
        TypedResults.Problem(title: "No such party", detail: $"No party of the registry has the slug '{slug}'.", statusCode: StatusCodes.Status404NotFound);
}
