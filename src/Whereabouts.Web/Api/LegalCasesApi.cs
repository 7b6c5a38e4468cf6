using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Legal;
using Whereabouts.Web.Api.Legal;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/legal-cases: requests and applications to the ECHR, trials in the detaining state, with
/// their dated proceedings. Kinds and statuses are names ("InterimMeasuresRequest", "Granted"),
/// dates their text form. Replacing a case needs its ETag in If-Match: 428 without it, 412 when stale.
/// </summary>
internal static class LegalCasesApi
{
    public static RouteGroupBuilder MapLegalCases(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var cases = api.MapGroup("/legal-cases").WithTags("Legal cases");

        cases.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("ListLegalCases")
            .WithSummary("List legal cases")
            .WithDescription("Latest lodged first; personId keeps the cases about one person, status and forum (EuropeanCourtOfHumanRights, NationalCourt, Other) narrow further. Paged with page and pageSize.")
            .ProducesValidationProblem();
        cases.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("GetLegalCase")
            .WithSummary("A legal case")
            .WithDescription("Forum, number, kind, people, counsel, charges, sentence, status, documents and every proceeding, earliest first. The ETag is the case's version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.EditLegalCases)
            .WithName("CreateLegalCase")
            .WithSummary("Open a legal case")
            .WithDescription("Answers 201 with the case, its Location and ETag; 400 names each wrong field (an ECHR application needs its number).")
            .ProducesValidationProblem();
        cases.MapPut("/{id:guid}", ReviseAsync)
            .RequireAuthorization(Policies.EditLegalCases)
            .WithName("ReviseLegalCase")
            .WithSummary("Replace a legal case's description")
            .WithDescription("Proceedings are kept. Requires If-Match with the case's current ETag: 428 without it, 412 when someone saved it since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        cases.MapPost("/{id:guid}/proceedings", AddProceedingAsync)
            .RequireAuthorization(Policies.EditLegalCases)
            .WithName("AddLegalProceeding")
            .WithSummary("Record a hearing, a decision or another dated step")
            .WithDescription("A step dated before the case was lodged is refused (400 on \"on\"). If-Match is optional; when sent and stale the answer is 412.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return api;
    }

    private static async Task<Ok<LegalCasePageResource>> ListAsync(
        LegalCaseReader reader, Guid? personId, string? status, string? forum, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await reader.ListAsync(new LegalCaseFilter(personId, status, forum), page, pageSize, cancellationToken);
        return TypedResults.Ok(new LegalCasePageResource([.. found.Items.Select(LegalCaseSummaryResource.From)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Results<Ok<LegalCaseResource>, ProblemHttpResult>> GetAsync(
        Guid id, LegalCaseReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound(id);
        }

        ETags.Set(response, found.Version);
        return TypedResults.Ok(LegalCaseResource.From(found));
    }

    private static async Task<Created<LegalCaseResource>> CreateAsync(
        LegalCaseInput legalCase, LegalCaseEditor editor, HttpResponse response, CancellationToken cancellationToken)
    {
        var saved = await editor.CreateAsync(legalCase, cancellationToken);
        ETags.Set(response, saved.Version);
        return TypedResults.Created($"/api/v1/legal-cases/{saved.Id}", LegalCaseResource.From(saved));
    }

    private static async Task<Results<Ok<LegalCaseResource>, ProblemHttpResult>> ReviseAsync(
        Guid id, LegalCaseInput legalCase, LegalCaseEditor editor, HttpContext http, CancellationToken cancellationToken)
    {
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return SourcesApi.IfMatchRequired("legal case", "/api/v1/legal-cases/{id}");
        }

        var saved = await editor.ReviseAsync(id, expected, legalCase, cancellationToken);
        if (saved is null)
        {
            return NotFound(id);
        }

        ETags.Set(http.Response, saved.Version);
        return TypedResults.Ok(LegalCaseResource.From(saved));
    }

    private static async Task<Results<Created<LegalCaseResource>, ProblemHttpResult>> AddProceedingAsync(
        Guid id, ProceedingInput proceeding, LegalCaseEditor editor, HttpContext http, CancellationToken cancellationToken)
    {
        var saved = await editor.AddProceedingAsync(id, proceeding, ETags.IfMatch(http.Request), cancellationToken);
        if (saved is null)
        {
            return NotFound(id);
        }

        ETags.Set(http.Response, saved.Version);
        return TypedResults.Created($"/api/v1/legal-cases/{saved.Id}", LegalCaseResource.From(saved));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such legal case", detail: $"No legal case in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
