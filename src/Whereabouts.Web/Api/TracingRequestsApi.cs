using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Tracing;
using Whereabouts.Web.Api.Legal;
using Whereabouts.Web.Api.Tracing;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/tracing-requests: families' requests to know what became of a relative, their status
/// and answers. Caseworkers, counsel and administrators read; caseworkers and administrators
/// register and answer. A response says whether a contact is on file (hasContact), never what it
/// is: only a reveal shows it, and every reveal is recorded (docs/adr/0025).
/// </summary>
internal static class TracingRequestsApi
{
    public static RouteGroupBuilder MapTracingRequests(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var requests = api.MapGroup("/tracing-requests").WithTags("Tracing requests");

        requests.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.TracingRequests)
            .WithName("ListTracingRequests")
            .WithSummary("List tracing requests")
            .WithDescription("Newest first; status (Open, Searching, Answered, Closed) narrows, search finds a reference. Paged with page and pageSize. No contacts.")
            .ProducesValidationProblem();
        requests.MapGet("/export.csv", ExportAsync)
            .RequireAuthorization(Policies.TracingRequests)
            .WithName("ExportTracingRequestsCsv")
            .WithSummary("Tracing requests as CSV, without contacts")
            .WithDescription("UTF-8, RFC 4180, a header row; status narrows. No column holds a contact; cells a spreadsheet would run are neutralised.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        requests.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.TracingRequests)
            .WithName("GetTracingRequest")
            .WithSummary("A tracing request")
            .WithDescription("What the family told and consented to, every status step and use of the contact (who, when, why), the linked person and the answers. The ETag is the version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/", RegisterAsync)
            .RequireAuthorization(Policies.EditTracingRequests)
            .WithName("RegisterTracingRequest")
            .WithSummary("Register a tracing request")
            .WithDescription("personId or the sought person's names (soughtName, or soughtGivenName/soughtFamilyName/soughtPatronymic), enquirerName, relationship, contact (free text, kept encrypted), language, consent {shareWith, contactMayBeShared}, lastSeenPlace/On/With, circumstances, receivedOn (today when left out). Answers 201 with the reference; 400 names each wrong field.")
            .ProducesValidationProblem();
        requests.MapPost("/{id:guid}/status", MoveAsync)
            .RequireAuthorization(Policies.EditTracingRequests)
            .WithName("MoveTracingRequest")
            .WithSummary("Move a tracing request to another status")
            .WithDescription("Open → Searching, Answered or Closed; Searching → Answered or Closed; Answered → Searching, Answered or Closed; Closed → Open. Closing and reopening need a reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/link", LinkAsync)
            .RequireAuthorization(Policies.EditTracingRequests)
            .WithName("LinkTracingRequest")
            .WithSummary("Link a tracing request to the registry person it is about")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/person", RegisterPersonAsync)
            .RequireAuthorization(Policies.EditTracingRequests)
            .WithName("RegisterPersonFromTracingRequest")
            .WithSummary("Register the sought person from a tracing request")
            .WithDescription("givenName, familyName, patronymic as the caseworker splits the family's words; confirmedNew after likely duplicates were seen (409 lists them). One save: a family-report source titled by the reference, the person missing as of the last sighting, the request linked.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id:guid}/answers", AnswerAsync)
            .RequireAuthorization(Policies.EditTracingRequests)
            .WithName("AnswerTracingRequest")
            .WithSummary("Record what the family was told in answer, and move the request to answered")
            .WithDescription("The body of a family notification (toldOn, conveyedStatus, message, toldBy, recipient, sourceIds); the request must be linked to a person. One save.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/contact/reveal", RevealAsync)
            .RequireAuthorization(Policies.FamilyContacts)
            .WithName("RevealTracingContact")
            .WithSummary("Show the family's contact (recorded)")
            .WithDescription("The showing is saved as an audited contact event before the contact is decrypted. outcome: Shown, NoContact, or KeyGone (the key folder no longer has its key). Caseworkers and administrators only.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/contact/erasure", EraseAsync)
            .RequireAuthorization(Policies.FamilyContacts)
            .WithName("EraseTracingContact")
            .WithSummary("Erase the family's contact")
            .WithDescription("A reason is required. The encrypted contact is deleted; the request stays, and the erasure with its reason is recorded. Answers 204.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<TracingRequestPageResource>> ListAsync(
        TracingRequestReader reader, string? status, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await reader.ListAsync(status, search, page, pageSize, cancellationToken);
        return TypedResults.Ok(new TracingRequestPageResource([.. found.Items.Select(TracingRequestSummaryResource.From)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<IResult> ExportAsync(TracingRequestReader reader, string? status, CancellationToken cancellationToken)
    {
        // Written to memory first, so that a wrong status is a 400 rather than a broken download.
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await reader.WriteCsvAsync(text, status, cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "tracing-requests.csv");
    }

    private static async Task<Results<Ok<TracingRequestResource>, ProblemHttpResult>> GetAsync(
        Guid id, TracingRequestReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound(id);
        }

        ETags.Set(response, found.Version);
        return TypedResults.Ok(TracingRequestResource.From(found));
    }

    private static async Task<Created<TracingRequestResource>> RegisterAsync(
        TracingRequestInput request, TracingRequestEditor editor, TracingRequestReader reader, CancellationToken cancellationToken)
    {
        var saved = await editor.RegisterAsync(request, cancellationToken);
        var view = await reader.FindAsync(saved.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/tracing-requests/{saved.Id}", TracingRequestResource.From(view!));
    }

    private static Task<Results<Ok<TracingRequestResource>, ProblemHttpResult>> MoveAsync(
        Guid id, StatusChangeResource change, TracingRequestEditor editor, TracingRequestReader reader, CancellationToken cancellationToken) =>
        ThenShowAsync(id, editor.MoveAsync(id, change.Status, change.Reason, cancellationToken), reader, cancellationToken);

    private static Task<Results<Ok<TracingRequestResource>, ProblemHttpResult>> LinkAsync(
        Guid id, LinkPersonResource link, TracingRequestEditor editor, TracingRequestReader reader, CancellationToken cancellationToken) =>
        ThenShowAsync(id, editor.LinkAsync(id, link.PersonId, cancellationToken), reader, cancellationToken);

    private static async Task<Results<Ok<TracingRequestResource>, ProblemHttpResult>> RegisterPersonAsync(
        Guid id, SoughtPersonInput person, TracingRequestEditor editor, TracingRequestReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await ThenShowAsync(id, editor.RegisterPersonAsync(id, person, cancellationToken), reader, cancellationToken);
        }
        catch (Application.Persons.PossibleDuplicatesException e)
        {
            return TypedResults.Problem(
                title: "The registry may already have this person",
                detail: "Link the request to one of these people, or send confirmedNew: true to register someone else.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["candidates"] = e.Candidates.Select(c => c.PersonId).ToList() });
        }
    }

    private static async Task<Results<Created<NotificationResource>, ProblemHttpResult>> AnswerAsync(
        Guid id, NotificationInput answer, TracingRequestEditor editor, CancellationToken cancellationToken)
    {
        var saved = await editor.AnswerAsync(id, answer, cancellationToken);
        return saved is null
            ? NotFound(id)
            : TypedResults.Created($"/api/v1/persons/{saved.PersonId}/notifications", NotificationResource.From(saved));
    }

    private static async Task<Results<Ok<ContactRevealResource>, ProblemHttpResult>> RevealAsync(
        Guid id, TracingContacts contacts, HttpResponse response, CancellationToken cancellationToken)
    {
        var reveal = await contacts.RevealAsync(id, cancellationToken);
        if (reveal is null)
        {
            return NotFound(id);
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(ContactRevealResource.From(reveal));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EraseAsync(
        Guid id, ErasureResource erasure, TracingContacts contacts, CancellationToken cancellationToken) =>
        await contacts.EraseAsync(id, erasure.Reason, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<TracingRequestResource>, ProblemHttpResult>> ThenShowAsync(
        Guid id, Task<TracingRequestSaved?> change, TracingRequestReader reader, CancellationToken cancellationToken)
    {
        if (await change is null)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(TracingRequestResource.From((await reader.FindAsync(id, cancellationToken))!));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such tracing request", detail: $"No tracing request has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
