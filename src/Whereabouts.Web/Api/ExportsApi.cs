using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Exports;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/export: a snapshot of the whole registry, as one JSON document or one CSV file per
/// table, in the format <c>whereabouts snapshot import</c> reads back (docs/adr/0013).
/// Administrators only: a snapshot holds every name in the registry. Family notifications are
/// never exported.
/// </summary>
internal static class ExportsApi
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var export = api.MapGroup("/export").WithTags("Exports");

        export.MapGet("/snapshot.json", JsonAsync)
            .RequireAuthorization(Policies.Administer)
            .WithName("ExportSnapshotJson")
            .WithSummary("The whole registry as one JSON document")
            .WithDescription("Every table of the snapshot format under \"tables\", with the format name and version. Administrators only.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        export.MapGet("/{table}.csv", CsvAsync)
            .RequireAuthorization(Policies.Administer)
            .WithName("ExportSnapshotTableCsv")
            .WithSummary("One table of the registry snapshot as CSV")
            .WithDescription("Tables: " + string.Join(", ", SnapshotSchema.Tables.Select(t => t.Name))
                + ". UTF-8, RFC 4180, a header row of column names. Administrators only.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<PushStreamHttpResult> JsonAsync(SnapshotExport export, CancellationToken cancellationToken)
    {
        var snapshot = await export.ReadAsync(cancellationToken);
        return TypedResults.Stream(
            stream => SnapshotJson.WriteAsync(snapshot, stream, cancellationToken),
            "application/json; charset=utf-8",
            "snapshot.json");
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> CsvAsync(string table, SnapshotExport export, CancellationToken cancellationToken)
    {
        var found = SnapshotSchema.Find(table);
        if (found is null)
        {
            return TypedResults.Problem(
                title: "No such table",
                detail: $"The snapshot has no table '{table}'. Tables: {string.Join(", ", SnapshotSchema.Tables.Select(t => t.Name))}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var snapshot = await export.ReadAsync(cancellationToken);
        return TypedResults.Stream(
            stream => SnapshotCsv.WriteTableAsync(snapshot, found, stream, cancellationToken),
            "text/csv; charset=utf-8",
            found.FileName);
    }
}
