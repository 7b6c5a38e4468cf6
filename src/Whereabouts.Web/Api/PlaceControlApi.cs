using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Control;
using Whereabouts.Web.Api.Control;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/places/{id}/control, /api/v1/places/control/{id}/retraction and
/// /api/v1/places/control?day=: who held a place when, by every source that says (read by every
/// role that reads places, recorded and retracted by those who keep the gazetteer).
/// </summary>
internal static class PlaceControlApi
{
    public static RouteGroupBuilder MapPlaceControl(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var control = api.MapGroup("/places").WithTags("Places");
        control.MapGet("/{id:guid}/control", TimelineAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("GetPlaceControl")
            .WithSummary("Who held a place over time")
            .WithDescription("Every period of control of the place, each from its source: standing ones earliest first, retracted ones apart. Sources that disagree are all listed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        control.MapPost("/{id:guid}/control", RecordAsync)
            .RequireAuthorization(Policies.EditGazetteer)
            .WithName("RecordPlaceControl")
            .WithSummary("Record a period of control")
            .WithDescription("kind: Controlled, Patrolled or Contested; party: a recorded party's slug, or holder: the name of another holder (peacekeepers), one of them required unless contested; "
                + "from (required) and to: partial dates (2020-12-13, 2020-12), to not before from; sourceId: a registered source (required); locator, note. Answers 201; 400 names each wrong field.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        control.MapPost("/control/{id:guid}/retraction", RetractAsync)
            .RequireAuthorization(Policies.EditGazetteer)
            .WithName("RetractPlaceControl")
            .WithSummary("Retract a period of control")
            .WithDescription("Body: {\"reason\": \"...\"}. The period stays listed, retracted by the caller now; a period is retracted once (400 on \"reason\" the second time).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        control.MapGet("/control", OnDayAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("GetControlOnDay")
            .WithSummary("Who held which place on a day")
            .WithDescription("day=yyyy-MM-dd (required). Every place with a standing period that may include the day, by name, each with every such period and its source; disagree is true when the sources say different things. 400 names \"day\".")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<PlaceControlTimelineResource>, ProblemHttpResult>> TimelineAsync(
        Guid id, PlaceControls controls, CancellationToken cancellationToken)
    {
        var timeline = await controls.TimelineAsync(id, cancellationToken);
        return timeline is null ? NoPlace(id) : TypedResults.Ok(PlaceControlTimelineResource.From(timeline));
    }

    private static async Task<Results<Created<PlaceControlResource>, ProblemHttpResult>> RecordAsync(
        Guid id, PlaceControlInput input, PlaceControls controls, CancellationToken cancellationToken)
    {
        var saved = await controls.RecordAsync(id, input, cancellationToken);
        return saved is null ? NoPlace(id) : TypedResults.Created($"/api/v1/places/{id}/control", PlaceControlResource.Of(saved));
    }

    private static async Task<Results<Ok<PlaceControlResource>, ProblemHttpResult>> RetractAsync(
        Guid id, PlaceControlRetractionInput input, PlaceControls controls, CancellationToken cancellationToken)
    {
        var retracted = await controls.RetractAsync(id, input, cancellationToken);
        return retracted is null
            ? TypedResults.Problem(title: "No such period", detail: $"No period of control has the id {id}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(PlaceControlResource.Of(retracted));
    }

    private static async Task<Ok<IReadOnlyList<PlaceControlAtResource>>> OnDayAsync(
        PlaceControls controls, string? day, CancellationToken cancellationToken)
    {
        var asked = PlaceControls.ParseDay(day);
        var found = await controls.EveryPlaceOnDayAsync(asked, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PlaceControlAtResource>>([.. found.Select(PlaceControlAtResource.From)]);
    }

    private static ProblemHttpResult NoPlace(Guid id) =>
        TypedResults.Problem(title: "No such place", detail: $"No place in the gazetteer has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
