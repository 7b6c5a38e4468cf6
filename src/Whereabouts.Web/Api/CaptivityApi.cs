using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Parties;
using Whereabouts.Web.Api.Captivity;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Reports;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/persons/{id}/captivity-events and /api/v1/captivity-events/{id}/retraction: what the
/// detaining side did for a captive (read by every role, recorded and retracted by caseworkers and
/// administrators, as fates are); /api/v1/reports/obligations: the report per detaining party.
/// </summary>
internal static class CaptivityApi
{
    public static RouteGroupBuilder MapCaptivity(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var events = api.MapGroup("/persons/{id:guid}/captivity-events").WithTags("Captivity");
        events.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("ListCaptivityEvents")
            .WithSummary("What the detaining side did for a captive")
            .WithDescription("The capture notified, confirmed by the ICRC, visits, capture cards and messages of the person's identity (every record judged the same person), earliest first; retracted events are listed with stands=false.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/", RecordAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("RecordCaptivityEvent")
            .WithSummary("Record an event of captivity")
            .WithDescription("kind: CaptureNotified, CaptureConfirmedByIcrc, Visit, CaptureCard or Message; occurredOn: a partial date (2020-12-15, 2020-12), not in the future; detainingParty: a recorded party's slug, or null; sourceId: a registered source (required). Answers 201; 400 names each wrong field.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/captivity-events/{id:guid}/retraction", RetractAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithTags("Captivity")
            .WithName("RetractCaptivityEvent")
            .WithSummary("Retract an event of captivity")
            .WithDescription("Body: {\"reason\": \"...\"}. The event stays listed, retracted by the caller now; an event is retracted once (400 on \"reason\" the second time).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/reports/obligations", ObligationsAsync)
            .RequireAuthorization(Policies.Read)
            .WithTags("Reports")
            .WithName("GetObligations")
            .RequiresReportsPrepared()
            .WithSummary("The obligations report of a detaining party")
            .WithDescription("party=SLUG (required); from, to=yyyy-MM-dd (optional, inclusive, on the capture date). Captives held by the party (docs/adr/0026 says how the party is found; partyRule says which rule gave it), "
                + "how many captures it notified and how late (lateAfterDays, median, longest), never notified, never visited, with a capture card: each figure with the ids of the people behind it. 400 names the field.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<CaptivityEventResource>>, ProblemHttpResult>> ListAsync(
        Guid id, CaptivityEvents events, CancellationToken cancellationToken)
    {
        var found = await events.ListAsync(id, cancellationToken);
        return found is null ? NoPerson(id) : TypedResults.Ok<IReadOnlyList<CaptivityEventResource>>([.. found.Select(CaptivityEventResource.From)]);
    }

    private static async Task<Results<Created<CaptivityEventResource>, ProblemHttpResult>> RecordAsync(
        Guid id, CaptivityEventInput input, CaptivityEvents events, CancellationToken cancellationToken)
    {
        var saved = await events.RecordAsync(id, input, cancellationToken);
        return saved is null ? NoPerson(id) : TypedResults.Created($"/api/v1/persons/{id}/captivity-events", CaptivityEventResource.From(saved));
    }

    private static async Task<Results<Ok<CaptivityEventResource>, ProblemHttpResult>> RetractAsync(
        Guid id, CaptivityRetractionInput input, CaptivityEvents events, CancellationToken cancellationToken)
    {
        var retracted = await events.RetractAsync(id, input, cancellationToken);
        return retracted is null
            ? TypedResults.Problem(title: "No such event", detail: $"No event of captivity has the id {id}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(CaptivityEventResource.From(retracted));
    }

    private static async Task<Ok<ObligationsResource>> ObligationsAsync(
        ObligationsQuery query, PartyReader parties, string? party, string? from, string? to, CancellationToken cancellationToken)
    {
        var (which, start, end) = ObligationsRequest.Parse(party, from, to, await parties.ListAsync(cancellationToken));
        return TypedResults.Ok(ObligationsResource.Of(await query.RunAsync(which, start, end, cancellationToken)));
    }

    private static ProblemHttpResult NoPerson(Guid id) =>
        TypedResults.Problem(title: "No such person", detail: $"No person in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
