using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Web.Api.Verification;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/sources/{id}/verification and /api/v1/files/{sha256}/verification: how far a source or
/// a file has been checked, step by step (read by every role; recorded by analysts, caseworkers and
/// administrators); /api/v1/review/evidence: the fate assertions whose only evidence was shown false
/// (for those who may retract them, as the review queue is).
/// </summary>
internal static class VerificationApi
{
    private const string RecordDescription =
        "Body: state (UnderReview, Verified, Disputed, ShownFalse, or Unverified to give a review up), methods (names: Geolocation, Chronolocation, "
        + "IdentityOfPeople, SourceContact, Metadata; at least one for a decision), note (required for a decision), expectedState (the state you saw; optional). "
        + "A decision follows a review; a decided item is reopened by a new review. Answers 201 with the history; 400 names each wrong field "
        + "(a step that cannot follow the current state is on \"state\"); 404 for an unknown item; 409 when someone recorded a step since expectedState.";

    public static RouteGroupBuilder MapVerification(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/sources/{id:guid}/verification", SourceHistoryAsync)
            .RequireAuthorization(Policies.Read)
            .WithTags("Verification")
            .WithName("GetSourceVerification")
            .WithSummary("How far a source has been checked, step by step")
            .WithDescription("The state (Unverified until a step is recorded), every step with its methods, note, who and when (the first first), and the states a next step may move it to. 404 for an unknown source.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/sources/{id:guid}/verification", RecordSourceAsync)
            .RequireAuthorization(Policies.VerifyEvidence)
            .WithTags("Verification")
            .WithName("RecordSourceVerification")
            .WithSummary("Record a step in checking a source")
            .WithDescription(RecordDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/files/{sha256}/verification", FileHistoryAsync)
            .RequireAuthorization(Policies.Read)
            .WithTags("Verification")
            .WithName("GetFileVerification")
            .WithSummary("How far a file has been checked, step by step")
            .WithDescription("sha256: the file's SHA-256 (64 hex digits, either case). As for a source; 404 for a file the registry does not hold.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/files/{sha256}/verification", RecordFileAsync)
            .RequireAuthorization(Policies.VerifyEvidence)
            .WithTags("Verification")
            .WithName("RecordFileVerification")
            .WithSummary("Record a step in checking a file")
            .WithDescription(RecordDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/review/evidence", FlaggedAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithTags("Verification")
            .WithName("ListFlaggedAssertions")
            .WithSummary("Fate assertions whose only evidence was shown false")
            .WithDescription("Every standing fate assertion resting on a source that was shown false, or that has a file attached that was (docs/adr/0029), the most recently recorded first. "
                + "Nothing is retracted by the registry: retract with POST /api/v1/persons/{id}/fates/{assertionId}/retraction when a person decides so.");
        return api;
    }

    private static Task<Results<Ok<VerificationResource>, ProblemHttpResult>> SourceHistoryAsync(Guid id, EvidenceVerification verification, CancellationToken cancellationToken) =>
        HistoryAsync(VerificationSubject.OfSource(id), verification, cancellationToken);

    private static Task<Results<Created<VerificationResource>, ProblemHttpResult>> RecordSourceAsync(
        Guid id, VerificationInput? input, EvidenceVerification verification, CancellationToken cancellationToken) =>
        RecordAsync(VerificationSubject.OfSource(id), input, verification, cancellationToken);

    private static async Task<Results<Ok<VerificationResource>, ProblemHttpResult>> FileHistoryAsync(string sha256, EvidenceVerification verification, CancellationToken cancellationToken) =>
        EvidenceFile.IsHash(sha256)
            ? await HistoryAsync(VerificationSubject.OfFile(sha256), verification, cancellationToken)
            : NotFound(sha256);

    private static async Task<Results<Created<VerificationResource>, ProblemHttpResult>> RecordFileAsync(
        string sha256, VerificationInput? input, EvidenceVerification verification, CancellationToken cancellationToken) =>
        EvidenceFile.IsHash(sha256)
            ? await RecordAsync(VerificationSubject.OfFile(sha256), input, verification, cancellationToken)
            : NotFound(sha256);

    private static async Task<Results<Ok<VerificationResource>, ProblemHttpResult>> HistoryAsync(
        VerificationSubject subject, EvidenceVerification verification, CancellationToken cancellationToken)
    {
        var history = await verification.HistoryAsync(subject, cancellationToken);
        return history is null ? NotFound(subject) : TypedResults.Ok(VerificationResource.From(history));
    }

    private static async Task<Results<Created<VerificationResource>, ProblemHttpResult>> RecordAsync(
        VerificationSubject subject, VerificationInput? input, EvidenceVerification verification, CancellationToken cancellationToken)
    {
        VerificationHistory? history;
        try
        {
            history = await verification.RecordAsync(subject, input ?? new VerificationInput(null, null, null), cancellationToken);
        }
        catch (VerificationConflictException e)
        {
            return TypedResults.Problem(
                detail: e.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: "Someone else recorded a step meanwhile",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["expectedState"] = e.Expected.ToString(), ["currentState"] = e.Current.ToString() });
        }

        return history is null
            ? NotFound(subject)
            : TypedResults.Created(Address(subject), VerificationResource.From(history));
    }

    private static async Task<Ok<IReadOnlyList<FlaggedAssertionResource>>> FlaggedAsync(FlaggedAssertionsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<FlaggedAssertionResource>>([.. (await query.ListAsync(cancellationToken)).Select(FlaggedAssertionResource.From)]);

    private static string Address(VerificationSubject subject) =>
        subject.IsFile ? $"/api/v1/files/{subject.FileSha256}/verification" : $"/api/v1/sources/{subject.SourceId}/verification";

    private static ProblemHttpResult NotFound(VerificationSubject subject) =>
        subject.IsFile
            ? NotFound(subject.FileSha256!)
            : TypedResults.Problem(title: "No such source", detail: $"No source in the registry has the id {subject.SourceId}.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NotFound(string sha256) =>
        TypedResults.Problem(title: "No such file", detail: $"The registry holds no file with the SHA-256 '{sha256}'.", statusCode: StatusCodes.Status404NotFound);
}
