using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Web.Api.ListComparison;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/lists/{id}/changes and …/departures/{entryId}/acknowledgement: what changed between a
/// list and the earlier version it replaces, and a caseworker's acknowledgement that a person is
/// gone from the newer one. {id} is the newer list's source id or the id of its web upload.
/// </summary>
internal static class ListChangesApi
{
    public static RouteGroupBuilder MapListChanges(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var lists = api.MapGroup("/lists").WithTags("Lists");
        lists.MapGet("/{id:guid}/changes", ChangesAsync)
            .WithName("GetListChanges")
            .WithSummary("What changed since the earlier version of a list")
            .WithDescription("{id} is the list's source id or the id of its upload. Rows added, gone and changed (each field old → new), each with its line, "
                + "the list's own row id (null when the line served), names, fate and the registry person it is linked to. Rows are paired by linked identity, "
                + "then by row id with agreeing names, then by name and date of birth, never by line. A gone row that is a departure is pending until "
                + "acknowledged. 404 when there is no such list; 409 when the list is not a new version of another.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        lists.MapPost("/{id:guid}/departures/{entryId:guid}/acknowledgement", AcknowledgeAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("AcknowledgeListDeparture")
            .WithSummary("Acknowledge that a person is gone from a newer version of a list")
            .WithDescription("{entryId} is the gone row of the earlier version. Body {\"note\"} (optional). Answers 201 with the acknowledgement; "
                + "404 when the list has no such gone row; 409 when it was acknowledged already (rule list-departure.already-acknowledged); "
                + "422 when the row is no departure (rule list-departure.not-a-departure).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<Results<Ok<ListChangesResource>, ProblemHttpResult>> ChangesAsync(Guid id, ListChangesQuery query, CancellationToken cancellationToken)
    {
        var changes = await query.ResolveListAsync(id, cancellationToken) is { } list ? await query.RunAsync(list, cancellationToken) : null;
        if (changes is null)
        {
            return NoSuchList(id);
        }

        return changes.Earlier is null
            ? TypedResults.Problem(
                title: "Not a new version of another list",
                detail: $"The list {changes.List.SourceId} does not replace an earlier list, so there is nothing to compare it with. Import a new version with supersedes set to this list's source id.",
                statusCode: StatusCodes.Status409Conflict)
            : TypedResults.Ok(ListChangesResource.From(changes));
    }

    private static async Task<Results<Created<AcknowledgementResource>, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, Guid entryId, AcknowledgementRequest? request, ListChangesQuery query, ListDepartures departures, CancellationToken cancellationToken)
    {
        if (await query.ResolveListAsync(id, cancellationToken) is not { } list)
        {
            return NoSuchList(id);
        }

        Guid? acknowledged;
        try
        {
            acknowledged = await departures.AcknowledgeAsync(list, entryId, request?.Note, cancellationToken);
        }
        catch (DomainRuleException e) when (string.Equals(e.Rule, "list-departure.already-acknowledged", StringComparison.Ordinal))
        {
            return TypedResults.Problem(
                detail: e.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: "Already acknowledged",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["rule"] = e.Rule });
        }

        return acknowledged is { } ackId
            ? TypedResults.Created($"/api/v1/lists/{list}/changes", new AcknowledgementResource(ackId, list, entryId))
            : TypedResults.Problem(title: "No such departure", detail: $"Row {entryId} is not a row gone from the list {list}.", statusCode: StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult NoSuchList(Guid id) =>
        TypedResults.Problem(title: "No such list", detail: $"No imported list or upload has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
