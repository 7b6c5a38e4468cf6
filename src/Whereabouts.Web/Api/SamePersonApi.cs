using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Domain;
using Whereabouts.Web.Api.Identities;
using Whereabouts.Web.Api.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/persons/{id}/same-person and /identity: judging that two registry records are one
/// person (or not), undoing a judgement, and reading the identity a record belongs to. Nothing is
/// merged or deleted: the records stay, the judgement is appended to the pair's history.
/// </summary>
internal static class SamePersonApi
{
    public static RouteGroupBuilder MapSamePerson(this RouteGroupBuilder persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        persons.MapGet("/{id:guid}/identity", IdentityAsync)
            .WithName("GetPersonIdentity")
            .WithSummary("The identity a record belongs to")
            .WithDescription("Every record judged the same person, each record's name forms and fate assertions, the fate derived over all of them, and every judgement on the records' pairs.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        persons.MapPost("/{id:guid}/same-person", JudgeAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("JudgeSamePerson")
            .WithSummary("Judge that a record is the same person as another (or not)")
            .WithDescription("Body {\"otherId\", \"note\", \"confirmed\", \"decision\"}; decision is same (default), notSame or unsure. Joining records of different sides or service numbers needs \"confirmed\": true and a note, else 422 with rule identity.confirmation-required and the reason. Answers 201 with the judgement's id, the pair, the record's identity and the pair's decision.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        persons.MapPost("/{id:guid}/same-person/{judgementId:guid}/undo", UndoAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("UndoSamePersonJudgement")
            .WithSummary("Undo a standing judgement on a record")
            .WithDescription("Body {\"note\"}. The undo is itself a judgement (201 with its id); the records go back to where they stood before. 422 when the judgement no longer stands.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return persons;
    }

    private static async Task<Results<Ok<IdentityResource>, ProblemHttpResult>> IdentityAsync(Guid id, PersonIdentityQuery identities, CancellationToken cancellationToken) =>
        await identities.RunAsync(id, cancellationToken) is { } identity ? TypedResults.Ok(IdentityResource.From(identity)) : PersonsApi.NotFound(id);

    private static async Task<Results<Created<JudgementResource>, ProblemHttpResult>> JudgeAsync(
        Guid id, SamePersonRequest request, SamePersonJudgements judgements, CancellationToken cancellationToken)
    {
        var fields = new ApiFields();
        var decision = fields.Enum<MatchDecision>("decision", request.Decision) ?? MatchDecision.Same;
        if (decision == MatchDecision.Pending)
        {
            throw new ValidationFailedException("decision", "A judgement decides same, notSame or unsure; to go back, undo the standing judgement.");
        }

        fields.ThrowIfAny();
        var otherId = Guid.Empty;
        if (!string.IsNullOrWhiteSpace(request.OtherId) && !Guid.TryParse(request.OtherId, out otherId))
        {
            throw new ValidationFailedException("otherId", $"'{request.OtherId}' is not a record's id.");
        }

        var judged = await judgements.JudgeAsync(id, otherId, decision, request.Note, request.Confirmed ?? false, PairOrigin.Caseworker, cancellationToken);
        return judged is null ? PersonsApi.NotFound(id) : TypedResults.Created($"/api/v1/persons/{id}/identity", JudgementResource.From(judged));
    }

    private static async Task<Results<Created<JudgementResource>, ProblemHttpResult>> UndoAsync(
        Guid id, Guid judgementId, UndoJudgementRequest? request, SamePersonJudgements judgements, CancellationToken cancellationToken)
    {
        var undone = await judgements.UndoAsync(id, judgementId, request?.Note, cancellationToken);
        return undone is null
            ? TypedResults.Problem(title: "No such judgement", detail: $"Person {id} has no judgement {judgementId}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Created($"/api/v1/persons/{id}/identity", JudgementResource.From(undone));
    }
}
