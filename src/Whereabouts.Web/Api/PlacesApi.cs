using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Places;
using Whereabouts.Web.Api.Places;
using Whereabouts.Web.Api.Sources;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/places: the gazetteer, every place with its names in every script. Names are only ever
/// added: a replacement must list the current ones (or leave the list out). A replacement needs
/// the place's ETag in If-Match: 428 without it, 412 when stale.
/// </summary>
internal static class PlacesApi
{
    public static RouteGroupBuilder MapPlaces(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var places = api.MapGroup("/places").WithTags("Places");

        places.MapGet("/", ListAsync)
            .WithName("ListPlaces")
            .WithSummary("List places")
            .WithDescription("By name; q keeps the places any of whose names contains it, in any script (Хцаберд and Khtsaberd find Khtsabert). Paged with page and pageSize.");
        places.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPlace")
            .WithSummary("A place")
            .WithDescription("Every name with its language and script, the position and what it lies in. The ETag is the place's version.");
        places.MapGet("/{id:guid}/claims", ClaimsAsync)
            .WithName("ListPlaceClaims")
            .WithSummary("The count claims about a place")
            .WithDescription("Every figure claimed about the place by every source, by the date it refers to, denied ones included.");
        places.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.EditGazetteer)
            .WithName("CreatePlace")
            .WithSummary("Add a place")
            .WithDescription("Answers 201 with the place, its Location and ETag; 400 names each wrong field.")
            .ProducesValidationProblem();
        places.MapPut("/{id:guid}", ReviseAsync)
            .RequireAuthorization(Policies.EditGazetteer)
            .WithName("RevisePlace")
            .WithSummary("Change a place's kind, position and parent, and add names")
            .WithDescription("Requires If-Match with the place's current ETag: 428 without it, 412 when someone saved it since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<Ok<PlacePageResource>> ListAsync(
        PlaceReader reader, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await reader.ListAsync(q, page, pageSize, cancellationToken);
        return TypedResults.Ok(new PlacePageResource([.. found.Items.Select(PlaceSummaryResource.From)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Results<Ok<PlaceResource>, ProblemHttpResult>> GetAsync(
        Guid id, PlaceReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var place = await reader.FindAsync(id, cancellationToken);
        if (place is null)
        {
            return NotFound(id);
        }

        ETags.Set(response, place.Version);
        return TypedResults.Ok(PlaceResource.From(place));
    }

    private static async Task<Results<Ok<IReadOnlyList<ClaimResource>>, ProblemHttpResult>> ClaimsAsync(
        Guid id, PlaceReader reader, CancellationToken cancellationToken)
    {
        var claims = await reader.ClaimsAsync(id, cancellationToken);
        return claims is null ? NotFound(id) : TypedResults.Ok(ClaimResource.From(claims));
    }

    private static async Task<Created<PlaceResource>> CreateAsync(
        PlaceInput place, PlaceEditor editor, HttpResponse response, CancellationToken cancellationToken)
    {
        var saved = await editor.CreateAsync(place, cancellationToken);
        ETags.Set(response, saved.Version);
        return TypedResults.Created($"/api/v1/places/{saved.Id}", PlaceResource.From(saved));
    }

    private static async Task<Results<Ok<PlaceResource>, ProblemHttpResult>> ReviseAsync(
        Guid id, PlaceInput place, PlaceEditor editor, HttpContext http, CancellationToken cancellationToken)
    {
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return SourcesApi.IfMatchRequired("place", "/api/v1/places/{id}");
        }

        var saved = await editor.ReviseAsync(id, expected, place, cancellationToken);
        if (saved is null)
        {
            return NotFound(id);
        }

        ETags.Set(http.Response, saved.Version);
        return TypedResults.Ok(PlaceResource.From(saved));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such place", detail: $"No place in the gazetteer has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
