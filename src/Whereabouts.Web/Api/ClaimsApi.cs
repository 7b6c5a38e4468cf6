using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Application.Ingestion;
using Whereabouts.Domain;
using Whereabouts.Web.Api.Claims;
using Whereabouts.Web.Api.Sources;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// Articles in, claims reviewed, figures reconciled: POST /api/v1/documents archives an article and
/// proposes its claims; /api/v1/claims lists those waiting and takes an analyst's judgement (If-Match
/// with the claim's ETag); /api/v1/reconciliation sets accepted claims beside the registry.
/// </summary>
internal static class ClaimsApi
{
    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/documents", IngestAsync)
            .RequireAuthorization(Policies.EditSources)
            .WithTags("Claims")
            .WithName("IngestDocument")
            .WithSummary("Archive an article or statement and read its claims")
            .WithDescription("Registers a source, archives the document with its SHA-256 and proposes each count claim read from it for review. 400 names the field: an unreadable, empty, oversized or already archived document changes nothing.")
            .ProducesValidationProblem();

        var claims = api.MapGroup("/claims").WithTags("Claims").RequireAuthorization(Policies.EditSources);
        claims.MapGet("/pending", PendingAsync)
            .WithName("ListPendingClaims")
            .WithSummary("Claims waiting for review")
            .WithDescription("Oldest first; source narrows to one source's claims. Paged with page and pageSize.");
        claims.MapPost("/{id:guid}/accept", AcceptAsync)
            .WithName("AcceptClaim")
            .WithSummary("Accept a claim as it stands, or as corrected")
            .WithDescription("Without a body the claim is accepted as read. With a body (the claim's fields, as for POST /api/v1/sources/{id}/claims) it is corrected and accepted in one save; 400 names each wrong field and nothing is saved. Requires If-Match with the claim's ETag: 428 without it, 412 when it changed since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        claims.MapPost("/{id:guid}/reject", (Guid id, ClaimReviews reviews, HttpContext http, CancellationToken ct) => JudgeAsync(id, ClaimReview.Rejected, reviews, http, ct))
            .WithName("RejectClaim")
            .WithSummary("Reject a claim (it is kept, not counted)")
            .WithDescription("Requires If-Match with the claim's ETag: 428 without it, 412 when it changed since.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        api.MapGet("/reconciliation", ReconcileAsync)
            .WithTags("Claims")
            .WithName("Reconcile")
            .WithSummary("Accepted claims beside the registry's named people")
            .WithDescription("For incident or place (one of them), category (Missing, Captured, Held, Released, Killed, Wounded, Arrested) and optionally side.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Created<IngestedSource>> IngestAsync(DocumentResource document, SourceIngest ingest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentSubmission submission;
        if (!string.IsNullOrEmpty(document.ContentBase64))
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(document.ContentBase64);
            }
            catch (FormatException)
            {
                throw new ValidationFailedException("contentBase64", "This is not base64: send the file's bytes base64-encoded, or send text instead.");
            }

            submission = new DocumentSubmission(document.FileName ?? string.Empty, bytes, document.Kind, document.Reliability, document.Title, document.Url);
        }
        else
        {
            submission = DocumentSubmission.Pasted(document.Text ?? string.Empty, document.Kind, document.Reliability, document.Title, document.Url);
        }

        var added = await ingest.IngestAsync(submission, cancellationToken);
        return TypedResults.Created($"/api/v1/sources/{added.SourceId}", added);
    }

    private static async Task<Ok<PagedList<ClaimResource>>> PendingAsync(ClaimReviews reviews, Guid? source, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var pending = await reviews.PendingAsync(source, page, pageSize, cancellationToken);
        return TypedResults.Ok(new PagedList<ClaimResource>(ClaimResource.From(pending.Items), pending.Page, pending.PageSize, pending.Total));
    }

    // The corrections were once read by nobody: a client that sent them got the claim accepted as
    // the extractor read it. A body now means "correct, then accept".
    private static Task<Results<Ok<ClaimResource>, ProblemHttpResult>> AcceptAsync(
        Guid id, ClaimInput? corrections, ClaimReviews reviews, HttpContext http, CancellationToken cancellationToken) =>
        JudgeAsync(id, ClaimReview.Accepted, reviews, http, cancellationToken, corrections);

    private static async Task<Results<Ok<ClaimResource>, ProblemHttpResult>> JudgeAsync(
        Guid id, ClaimReview decision, ClaimReviews reviews, HttpContext http, CancellationToken cancellationToken, ClaimInput? corrections = null)
    {
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return SourcesApi.IfMatchRequired("claim", "/api/v1/claims/pending");
        }

        var judged = corrections is null
            ? await reviews.JudgeAsync(id, expected, decision, cancellationToken)
            : await reviews.ReviseAsync(id, expected, corrections, accept: true, cancellationToken);
        if (judged is null)
        {
            return TypedResults.Problem(title: "No such claim", detail: $"No count claim in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        ETags.Set(http.Response, judged.Version);
        return TypedResults.Ok(ClaimResource.From(judged));
    }

    private static async Task<Results<Ok<ReconciliationResource>, ProblemHttpResult>> ReconcileAsync(
        ReconciliationQuery query, Guid? incident, Guid? place, string? category, string? side, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.TryParse<CountCategory>(category, ignoreCase: true, out var parsedCategory) || !Enum.IsDefined(parsedCategory) || int.TryParse(category, out _))
        {
            errors["category"] = ["Give category: Missing, Captured, Held, Released, Killed, Wounded or Arrested."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var result = await query.RunAsync(new ReconciliationCriteria(incident, place, parsedCategory, string.IsNullOrWhiteSpace(side) ? null : side), cancellationToken);
        return result is null
            ? TypedResults.Problem(title: "No such incident or place", detail: "No incident or place in the registry has that id.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(ReconciliationResource.From(result));
    }
}
