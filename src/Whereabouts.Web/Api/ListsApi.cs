using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Lists;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;
using Whereabouts.Web.Api.Lists;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/lists: lists of people imported as they arrive (workbooks and delimited text, headers
/// in any of the registry's languages). An upload is imported in the background, in one
/// transaction; its state is read back until it is over.
/// </summary>
internal static class ListsApi
{
    // Room for the multipart form's other parts around the file.
    private const long FormRoom = 1024 * 1024;

    public static RouteGroupBuilder MapLists(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var lists = api.MapGroup("/lists").WithTags("Lists");

        lists.MapPost("/", UploadAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("ImportList")
            .WithSummary("Upload a list and import it in the background")
            .WithDescription(
                "multipart/form-data: the list in the part file (.xlsx, .xls, .csv, .tsv…; the limit is configured, 50 MB by default); " +
                "optionally a part mapping with a list mapping as JSON ({\"sheet\", \"headerLine\", \"columns\": {\"header or letter\": \"FamilyName\"}, \"nameOrder\"}); " +
                "and the options as fields: title (required), reliability (A–F), fate (a fate status) with asOf (its date), credibility, side (a party's slug), " +
                "supersedes (the source id of the list this is a new version of), linkAt (0.5–1), invented (true for test data), allowDemoData (true to import real people into a registry that holds invented ones; the demo administrator is then disabled). " +
                "Answers 202 with Location /api/v1/lists/{id}, whose state runs Queued, Running, then Succeeded, Failed or Cancelled. " +
                "With dryRun=true it answers 200 at once with what the import would do (rows linked, for review, new people) and every problem, and queues nothing. " +
                "400 names the wrong part or field; 413 when the file is over the limit.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        lists.MapGet("/{id:guid}", GetAsync)
            .WithName("GetListImport")
            .WithSummary("Where an uploaded list's import stands")
            .WithDescription("Its state; while running, the stage, rows done of the rows, rows per second and seconds left; once imported, the counts and the source id; once failed, every problem with its file, sheet, line and column.");
        lists.MapPost("/{id:guid}/cancellation", CancelAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("CancelListImport")
            .WithSummary("Cancel a list's import")
            .WithDescription("An import not yet running is cancelled at once; a running one stops at its next check and nothing of it is saved (read the state back). 422 when the import is already over.");
        return api;
    }

    private static async Task<Results<Accepted<ListUploadResource>, Ok<ListDryRunResource>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ListUploads uploads, CancellationToken cancellationToken)
    {
        var limit = uploads.Limit;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit.Bytes + FormRoom;
        }

        if (!request.HasFormContentType)
        {
            return Invalid("file", "Send the list as multipart/form-data, the file in a part named file.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (InvalidDataException)
        {
            // The form reader's own limit on a multipart body.
            return TooLarge(limit);
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Invalid("file", "Send the list in a part named file.");
        }

        if (file.Length > limit.Bytes)
        {
            return TooLarge(limit);
        }

        ListMapping? mapping = null;
        if (form.TryGetValue("mapping", out var mappingJson) && !string.IsNullOrWhiteSpace(mappingJson))
        {
            try
            {
                mapping = ListMapping.Parse(mappingJson.ToString(), "mapping");
            }
            catch (TableInputException e)
            {
                return Invalid("mapping", string.Join("; ", e.Problems.Select(p => p.ToString())));
            }
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Guid? supersedes = null;
        if (Field(form, "supersedes") is { } earlier)
        {
            if (Guid.TryParse(earlier, CultureInfo.InvariantCulture, out var id))
            {
                supersedes = id;
            }
            else
            {
                errors["supersedes"] = [$"'{earlier}' is not a source id."];
            }
        }

        double? linkAt = null;
        if (Field(form, "linkAt") is { } link)
        {
            if (double.TryParse(link, NumberStyles.Float, CultureInfo.InvariantCulture, out var probability))
            {
                linkAt = probability;
            }
            else
            {
                errors["linkAt"] = [$"'{link}' is not a probability such as 0.99."];
            }
        }

        var invented = Field(form, "invented") is { } said && bool.TryParse(said, out var yes) && yes;
        var allowDemoData = Field(form, "allowDemoData") is { } allow && bool.TryParse(allow, out var allowed) && allowed;
        var dryRun = Field(form, "dryRun") is { } dry && bool.TryParse(dry, out var asked) && asked;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var settings = new ListUploadSettings(
            Field(form, "title"), Field(form, "reliability"), Field(form, "fate"), Field(form, "asOf"), Field(form, "credibility"), Field(form, "side"), supersedes, linkAt, invented, allowDemoData);
        ListUploadView upload;
        try
        {
            await using var content = file.OpenReadStream();
            upload = await uploads.UploadAsync(file.FileName, content, mapping, settings, cancellationToken);
        }
        catch (ListUploadTooLargeException)
        {
            return TooLarge(limit);
        }

        if (dryRun)
        {
            var report = await uploads.DryRunAsync(upload.Id, cancellationToken);
            return TypedResults.Ok(ListDryRunResource.From(upload.Id, report!));
        }

        var queued = await uploads.QueueAsync(upload.Id, upload.Version, cancellationToken);
        return TypedResults.Accepted($"/api/v1/lists/{upload.Id}", ListUploadResource.From(queued!));
    }

    private static async Task<Results<Ok<ListUploadResource>, ProblemHttpResult>> GetAsync(Guid id, ListUploads uploads, CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(id, cancellationToken);
        return upload is null ? NotFound(id) : TypedResults.Ok(ListUploadResource.From(upload));
    }

    private static async Task<Results<Accepted<ListUploadResource>, ProblemHttpResult>> CancelAsync(Guid id, ListUploads uploads, CancellationToken cancellationToken)
    {
        var upload = await uploads.CancelAsync(id, cancellationToken);
        return upload is null ? NotFound(id) : TypedResults.Accepted($"/api/v1/lists/{id}", ListUploadResource.From(upload));
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    private static ProblemHttpResult TooLarge(ListUploadLimit limit) =>
        TypedResults.Problem(
            title: "The file is too large",
            detail: string.Create(CultureInfo.InvariantCulture, $"The part file is larger than the limit of {limit.Megabytes} MB ({limit.Bytes} bytes); split the list into parts."),
            statusCode: StatusCodes.Status413PayloadTooLarge);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such list upload", detail: $"No list was uploaded with the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
