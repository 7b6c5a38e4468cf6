using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Api.Sources;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/sources: the documents the registry's facts rest on, and the count claims read from
/// them. Kinds and grades are names ("NewsArticle", "B"), dates their text form ("2020-12"). A
/// replacement needs the source's ETag in If-Match: 428 without it, 412 when stale.
/// </summary>
internal static class SourcesApi
{
    public static RouteGroupBuilder MapSources(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var sources = api.MapGroup("/sources").WithTags("Sources");

        sources.MapGet("/", ListAsync)
            .WithName("ListSources")
            .WithSummary("List sources")
            .WithDescription("Newest publication first; q keeps the sources whose title or publisher contains it (ignoring case). Paged with page and pageSize.");
        sources.MapGet("/{id:guid}", GetAsync)
            .WithName("GetSource")
            .WithSummary("A source")
            .WithDescription("The source's details and the SHA-256 of its archived content. The ETag is the source's version.");
        sources.MapGet("/{id:guid}/claims", ClaimsAsync)
            .WithName("ListSourceClaims")
            .WithSummary("The count claims read from a source")
            .WithDescription("Every figure read from the source, asserted, denied or rumoured, by the date it refers to.");
        sources.MapPost("/{id:guid}/claims", AddClaimAsync)
            .RequireAuthorization(Policies.EditSources)
            .WithName("AddSourceClaim")
            .WithSummary("Add a count claim read from a source by hand")
            .WithDescription("The same fields as an extracted claim (count, countMax, qualifier, category, side, incidentId or placeId, asOf, status, claimedBy, quote); category and the quote are required. Answers 201 with the claim, accepted as recorded; 400 names each wrong field; 404 when there is no such source.")
            .ProducesValidationProblem();
        sources.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.EditSources)
            .WithName("CreateSource")
            .WithSummary("Register a source")
            .WithDescription("Answers 201 with the source, its Location and ETag; 400 names each wrong field.")
            .ProducesValidationProblem();
        sources.MapPut("/{id:guid}", ReviseAsync)
            .RequireAuthorization(Policies.EditSources)
            .WithName("ReviseSource")
            .WithSummary("Replace a source's details")
            .WithDescription("Requires If-Match with the source's current ETag: 428 without it, 412 when someone saved it since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<Ok<SourcePageResource>> ListAsync(
        SourceReader reader, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await reader.ListAsync(q, page, pageSize, cancellationToken);
        return TypedResults.Ok(new SourcePageResource([.. found.Items.Select(SourceSummaryResource.From)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Results<Ok<SourceResource>, ProblemHttpResult>> GetAsync(
        Guid id, SourceReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var source = await reader.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound(id);
        }

        ETags.Set(response, source.Version);
        return TypedResults.Ok(SourceResource.From(source));
    }

    private static async Task<Results<Ok<IReadOnlyList<ClaimResource>>, ProblemHttpResult>> ClaimsAsync(
        Guid id, SourceReader reader, CancellationToken cancellationToken)
    {
        var claims = await reader.ClaimsAsync(id, cancellationToken);
        return claims is null ? NotFound(id) : TypedResults.Ok(ClaimResource.From(claims));
    }

    private static async Task<Results<Created<ClaimResource>, ProblemHttpResult>> AddClaimAsync(
        Guid id, ClaimInput claim, ClaimReviews reviews, CancellationToken cancellationToken)
    {
        var saved = await reviews.AddAsync(id, claim, cancellationToken);
        return saved is null ? NotFound(id) : TypedResults.Created($"/api/v1/sources/{id}/claims", ClaimResource.From(saved));
    }

    private static async Task<Created<SourceResource>> CreateAsync(
        SourceInput source, SourceEditor editor, HttpResponse response, CancellationToken cancellationToken)
    {
        var saved = await editor.CreateAsync(source, cancellationToken);
        ETags.Set(response, saved.Version);
        return TypedResults.Created($"/api/v1/sources/{saved.Id}", SourceResource.From(saved));
    }

    private static async Task<Results<Ok<SourceResource>, ProblemHttpResult>> ReviseAsync(
        Guid id, SourceInput source, SourceEditor editor, HttpContext http, CancellationToken cancellationToken)
    {
        // The details are replaced as a whole, so a client must show it has seen the current ones.
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return IfMatchRequired("source", "/api/v1/sources/{id}");
        }

        var saved = await editor.ReviseAsync(id, expected, source, cancellationToken);
        if (saved is null)
        {
            return NotFound(id);
        }

        ETags.Set(http.Response, saved.Version);
        return TypedResults.Ok(SourceResource.From(saved));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such source", detail: $"No source in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>The 428 answer to a replacement sent without If-Match.</summary>
    internal static ProblemHttpResult IfMatchRequired(string what, string readAt) =>
        TypedResults.Problem(
            title: "If-Match is required",
            detail: $"Replacing a {what} requires the ETag of the {what} as last read (GET {readAt}) in an If-Match header.",
            statusCode: StatusCodes.Status428PreconditionRequired);
}
