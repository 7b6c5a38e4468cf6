using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Exchanges;
using Whereabouts.Web.Api.Exchanges;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/exchanges: exchanges of prisoners and remains with the named people who went each way.
/// Recording one moves each person on in their fate history (released, or repatriated when
/// received by their own side) in the same save; a person not held on the exchange's date is
/// refused, naming the field, unless allowNotHeld is true.
/// </summary>
internal static class ExchangesApi
{
    public static RouteGroupBuilder MapExchanges(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var exchanges = api.MapGroup("/exchanges").WithTags("Exchanges");

        exchanges.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("ListExchanges")
            .WithSummary("List exchanges")
            .WithDescription("Latest first, with the named people by receiving side. Paged with page and pageSize.");
        exchanges.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("GetExchange")
            .WithSummary("An exchange")
            .WithDescription("Terms, mediators, sources, the people each way with the fate recorded for each, and announced totals against named people. The ETag is the exchange's version.");
        exchanges.MapPost("/", RecordAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("RecordExchange")
            .WithSummary("Record an exchange")
            .WithDescription("Answers 201 with the exchange, its Location and ETag; 400 names each wrong field (transfers[i].personId for a person not held, unknown or listed twice). Nothing is saved on an error.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        exchanges.MapPut("/{id:guid}", ReviseAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("ReviseExchange")
            .WithSummary("Correct an exchange's description")
            .WithDescription("Replaces terms, termsText, route, parties, mediators and notes; the date, incident, place, sources and people stay as recorded. "
                + "Requires If-Match with the exchange's current ETag: 428 without it, 412 when someone saved it since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<Ok<ExchangePageResource>> ListAsync(
        ExchangeReader reader, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await reader.ListAsync(page, pageSize, cancellationToken);
        return TypedResults.Ok(new ExchangePageResource([.. found.Items.Select(ExchangeSummaryResource.From)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Results<Ok<ExchangeDetailResource>, ProblemHttpResult>> GetAsync(
        Guid id, ExchangeReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var exchange = await reader.DossierAsync(id, cancellationToken);
        if (exchange is null)
        {
            return TypedResults.Problem(title: "No such exchange", detail: $"No exchange in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        ETags.Set(response, exchange.Version);
        return TypedResults.Ok(ExchangeDetailResource.From(exchange));
    }

    private static async Task<Created<ExchangeDetailResource>> RecordAsync(
        ExchangeInput exchange, ExchangeRecorder recorder, HttpResponse response, CancellationToken cancellationToken)
    {
        var saved = await recorder.RecordAsync(exchange, cancellationToken);
        ETags.Set(response, saved.Version);
        return TypedResults.Created($"/api/v1/exchanges/{saved.Id}", ExchangeDetailResource.From(saved));
    }

    private static async Task<Results<Ok<ExchangeDetailResource>, ProblemHttpResult>> ReviseAsync(
        Guid id, ExchangeRevision exchange, ExchangeRecorder recorder, HttpContext http, CancellationToken cancellationToken)
    {
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return SourcesApi.IfMatchRequired("exchange", "/api/v1/exchanges/{id}");
        }

        var saved = await recorder.ReviseAsync(id, expected, exchange, cancellationToken);
        if (saved is null)
        {
            return TypedResults.Problem(title: "No such exchange", detail: $"No exchange in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        ETags.Set(http.Response, saved.Version);
        return TypedResults.Ok(ExchangeDetailResource.From(saved));
    }
}
