using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Api.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/persons/{id}/…: the corrections that take back what the registry recorded wrongly,
/// a fate assertion (retraction) or a spelling (withdrawal). Both are new records: the dossier keeps
/// what was taken back, struck through, with who, when, why and on what evidence.
/// </summary>
/// <remarks>
/// Answers 201 with the dossier, its Location and ETag. If-Match is optional (412 when stale).
/// Taking back what is already taken back is 409; an assertion or a spelling the person does not
/// have is 404, as is an unknown person.
/// </remarks>
internal static class PersonCorrectionsApi
{
    // The domain's refusals that are about the resource named in the path, not about the input.
    private static readonly string[] AlreadyTakenBack = ["retraction.duplicate", "name.already-withdrawn"];
    private static readonly string[] NotThere = ["retraction.unknown-assertion", "name.unknown"];

    public static RouteGroupBuilder MapPersonCorrections(this RouteGroupBuilder persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        persons.MapPost("/{id:guid}/fates/{assertionId:guid}/retraction", RetractAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("RetractPersonFate")
            .WithSummary("Retract a fate assertion that turned out to be wrong, with the evidence")
            .WithDescription("Body: reason, sourceId and a quote or a locator (credibility optional). The assertion stays in the timeline, marked retracted; "
                + "the current fate and the contested marker are derived again. 201 with the dossier; 409 when already retracted; If-Match optional, 412 when stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        persons.MapPost("/{id:guid}/names/{position:int}/withdrawal", WithdrawAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("WithdrawPersonName")
            .WithSummary("Withdraw a spelling that was entered wrongly")
            .WithDescription("position is the spelling's position in the dossier's names (from 0). Body: reason, and optionally sourceId with a quote or a locator. "
                + "The spelling is kept in withdrawnNames and no longer searched. 201 with the dossier; 409 when already withdrawn; "
                + "422 for the last spelling that stands; If-Match optional, 412 when stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return persons;
    }

    private static Task<Results<Created<PersonResource>, ProblemHttpResult>> RetractAsync(
        Guid id, Guid assertionId, RetractionRequest request, PersonCorrections corrections, PersonDossierQuery dossiers, HttpContext http, CancellationToken cancellationToken) =>
        CorrectAsync(id, dossiers, http, () => corrections.RetractFateAsync(id, assertionId, request.ToInput(), ETags.IfMatch(http.Request), cancellationToken), cancellationToken);

    private static Task<Results<Created<PersonResource>, ProblemHttpResult>> WithdrawAsync(
        Guid id, int position, RetractionRequest request, PersonCorrections corrections, PersonDossierQuery dossiers, HttpContext http, CancellationToken cancellationToken) =>
        CorrectAsync(id, dossiers, http, () => corrections.WithdrawNameAsync(id, position, request.ToInput(), ETags.IfMatch(http.Request), cancellationToken), cancellationToken);

    private static async Task<Results<Created<PersonResource>, ProblemHttpResult>> CorrectAsync(
        Guid id, PersonDossierQuery dossiers, HttpContext http, Func<Task<PersonSaved?>> correct, CancellationToken cancellationToken)
    {
        try
        {
            if (await correct() is null)
            {
                return NoSuchPerson(id);
            }
        }
        catch (DomainRuleException e) when (AlreadyTakenBack.Contains(e.Rule, StringComparer.Ordinal))
        {
            return Refusal(e, StatusCodes.Status409Conflict, "Already taken back");
        }
        catch (DomainRuleException e) when (NotThere.Contains(e.Rule, StringComparer.Ordinal))
        {
            return Refusal(e, StatusCodes.Status404NotFound, "Not in this person's record");
        }

        var dossier = await dossiers.RunAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NoSuchPerson(id);
        }

        ETags.Set(http.Response, dossier.Version);
        return TypedResults.Created($"/api/v1/persons/{dossier.Id}", PersonResource.From(dossier));
    }

    private static ProblemHttpResult Refusal(DomainRuleException e, int status, string title) =>
        TypedResults.Problem(
            detail: e.Message,
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["rule"] = e.Rule });

    private static ProblemHttpResult NoSuchPerson(Guid id) =>
        TypedResults.Problem(title: "No such person", detail: $"No person in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
