using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Incidents;
using Whereabouts.Web.Api.Incidents;
using Whereabouts.Web.Api.Sources;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/incidents: what happened to many people at once, and the figures claimed about it.
/// Dates are their text form ("2020-12-11"). Places and parties are only ever added: a
/// replacement must list the current ones (or leave the list out). A replacement needs the
/// incident's ETag in If-Match: 428 without it, 412 when stale.
/// </summary>
internal static class IncidentsApi
{
    public static RouteGroupBuilder MapIncidents(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var incidents = api.MapGroup("/incidents").WithTags("Incidents");

        incidents.MapGet("/", ListAsync)
            .WithName("ListIncidents")
            .WithSummary("List incidents")
            .WithDescription("Latest first; q keeps the incidents whose name contains it (ignoring case). Paged with page and pageSize.");
        incidents.MapGet("/{id:guid}", GetAsync)
            .WithName("GetIncident")
            .WithSummary("An incident")
            .WithDescription("Name, dates, description, places and parties. The ETag is the incident's version.");
        incidents.MapGet("/{id:guid}/claims", ClaimsAsync)
            .WithName("ListIncidentClaims")
            .WithSummary("The count claims about an incident")
            .WithDescription("Every figure claimed about the incident by every source, by the date it refers to, denied ones included.");
        incidents.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.EditGazetteer)
            .WithName("CreateIncident")
            .WithSummary("Record an incident")
            .WithDescription("Answers 201 with the incident, its Location and ETag; 400 names each wrong field.")
            .ProducesValidationProblem();
        incidents.MapPut("/{id:guid}", ReviseAsync)
            .RequireAuthorization(Policies.EditGazetteer)
            .WithName("ReviseIncident")
            .WithSummary("Replace an incident's name, dates and description, and add places and parties")
            .WithDescription("Requires If-Match with the incident's current ETag: 428 without it, 412 when someone saved it since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<Ok<IncidentPageResource>> ListAsync(
        IncidentReader reader, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await reader.ListAsync(q, page, pageSize, cancellationToken);
        return TypedResults.Ok(new IncidentPageResource([.. found.Items.Select(IncidentSummaryResource.From)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Results<Ok<IncidentDetailResource>, ProblemHttpResult>> GetAsync(
        Guid id, IncidentReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var incident = await reader.FindAsync(id, cancellationToken);
        if (incident is null)
        {
            return NotFound(id);
        }

        ETags.Set(response, incident.Version);
        return TypedResults.Ok(IncidentDetailResource.From(incident));
    }

    private static async Task<Results<Ok<IReadOnlyList<ClaimResource>>, ProblemHttpResult>> ClaimsAsync(
        Guid id, IncidentReader reader, CancellationToken cancellationToken)
    {
        var claims = await reader.ClaimsAsync(id, cancellationToken);
        return claims is null ? NotFound(id) : TypedResults.Ok(ClaimResource.From(claims));
    }

    private static async Task<Created<IncidentDetailResource>> CreateAsync(
        IncidentInput incident, IncidentEditor editor, HttpResponse response, CancellationToken cancellationToken)
    {
        var saved = await editor.CreateAsync(incident, cancellationToken);
        ETags.Set(response, saved.Version);
        return TypedResults.Created($"/api/v1/incidents/{saved.Id}", IncidentDetailResource.From(saved));
    }

    private static async Task<Results<Ok<IncidentDetailResource>, ProblemHttpResult>> ReviseAsync(
        Guid id, IncidentInput incident, IncidentEditor editor, HttpContext http, CancellationToken cancellationToken)
    {
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return SourcesApi.IfMatchRequired("incident", "/api/v1/incidents/{id}");
        }

        var saved = await editor.ReviseAsync(id, expected, incident, cancellationToken);
        if (saved is null)
        {
            return NotFound(id);
        }

        ETags.Set(http.Response, saved.Version);
        return TypedResults.Ok(IncidentDetailResource.From(saved));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such incident", detail: $"No incident in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
