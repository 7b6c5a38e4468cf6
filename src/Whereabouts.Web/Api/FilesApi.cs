using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Whereabouts.Application.Files;
using Whereabouts.Domain;
using Whereabouts.Storage.Files;
using Whereabouts.Web.Api.Files;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Files;

namespace Whereabouts.Web.Api;

/// <summary>
/// Evidence files: documents, images, recordings and videos attached to sources
/// (/api/v1/sources/{id}/files) and the files themselves by their SHA-256 (/api/v1/files/{sha256}).
/// Uploads are streamed to the store as they arrive, never held in memory (docs/adr/0028).
/// </summary>
internal static class FilesApi
{
    // Room for the multipart body's boundaries, headers and description around the file.
    private const long FormRoom = 1024 * 1024;

    // A description is at most SourceFile.NoteLength letters, each at most four bytes in UTF-8.
    private const int DescriptionBytes = SourceFile.NoteLength * 4;

    public static RouteGroupBuilder MapFiles(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var attached = api.MapGroup("/sources/{id:guid}/files").WithTags("Files");
        attached.MapPost("/", UploadAsync)
            .RequireAuthorization(Policies.EditFiles)
            .WithName("AttachSourceFile")
            .WithSummary("Attach a file to a source")
            .WithDescription(
                "multipart/form-data: the file in the part file (any type; its type is read from its bytes, not its name; the limit is configured, 2 GiB by default), " +
                "optionally a part description (what it shows). The upload is streamed to the store and hashed as it arrives. " +
                "Answers 201 with the file's SHA-256, length and media type and the attachment; 200 with the existing attachment when the same bytes are already attached to the source. " +
                "400 names the wrong part; 404 when there is no such source; 413 when the file is over the limit (nothing is kept).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        attached.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("ListSourceFiles")
            .WithSummary("The files attached to a source")
            .WithDescription("Oldest first; with includeDetached=true the files since detached too, with who detached them, when and why.");
        attached.MapPost("/{attachmentId:guid}/detachment", DetachAsync)
            .RequireAuthorization(Policies.EditFiles)
            .WithName("DetachSourceFile")
            .WithSummary("Detach a file from a source")
            .WithDescription("JSON {\"reason\": \"…\"} (required). The attachment stays in the history as detached; the file's bytes are kept. 404 when the source has no such attachment; 422 when it was already detached.")
            .ProducesValidationProblem();

        var files = api.MapGroup("/files").WithTags("Files");
        files.MapGet("/{sha256}", ContentAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("GetFile")
            .WithSummary("A file's bytes")
            .WithDescription(
                "The bytes as uploaded (ranges accepted, for video). Content-Type is the type read from the bytes; HTML, SVG, XML and unknown types are served as application/octet-stream. " +
                "Content-Disposition is inline for images, sound, video and PDF, attachment otherwise, with the name it was uploaded under; the answer is sandboxed (no script). " +
                "The ETag is the SHA-256.");
        files.MapGet("/{sha256}/info", InfoAsync)
            .RequireAuthorization(Policies.Read)
            .WithName("GetFileInfo")
            .WithSummary("What a file is and where it is attached")
            .WithDescription("Its SHA-256, length, media type, who first added it when, and every attachment to a source it has had, detached ones too.");
        return api;
    }

    private static async Task<Results<Created<AttachedFileResource>, Ok<AttachedFileResource>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, HttpRequest request, FileAttachments attachments, CancellationToken cancellationToken)
    {
        var limit = attachments.Limit;

        // This endpoint alone takes bodies as large as the limit; every other keeps the server's.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit.Bytes + FormRoom;
        }

        if (request.ContentLength > limit.Bytes + FormRoom)
        {
            return TooLarge(limit);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Invalid("file", "Send the file as multipart/form-data, in a part named file.");
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = limit.Bytes + FormRoom };
        ReceivedFile? received = null;
        string? description = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (string.Equals(name, "description", StringComparison.Ordinal) && !disposition.IsFileDisposition())
                {
                    description = await ReadTextAsync(section.Body, cancellationToken);
                    if (description is null)
                    {
                        return Invalid("description", $"Keep the description to {SourceFile.NoteLength} characters.");
                    }
                }
                else if (string.Equals(name, "file", StringComparison.Ordinal) && disposition.IsFileDisposition() && received is null)
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value is { Length: > 0 } utf8
                        ? utf8
                        : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    received = await attachments.ReceiveAsync(id, fileName, section.Body, cancellationToken);
                    if (received is null)
                    {
                        return NotFound(id);
                    }
                }
            }
        }
        catch (FileTooLargeException)
        {
            return TooLarge(limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (InvalidDataException e)
        {
            // The multipart reader's own limits, or a body that is not multipart after all.
            return e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(limit)
                : Invalid("file", "The body is not a readable multipart/form-data form.");
        }

        if (received is null)
        {
            return Invalid("file", "Send the file in a part named file, with a file name.");
        }

        var saved = AttachedFileResource.From(await attachments.AttachAsync(received, description, cancellationToken));
        return saved.NewAttachment
            ? TypedResults.Created($"/api/v1/files/{saved.Sha256}/info", saved)
            : TypedResults.Ok(saved);
    }

    private static async Task<Results<Ok<IReadOnlyList<SourceFileResource>>, ProblemHttpResult>> ListAsync(
        Guid id, bool? includeDetached, FileReader reader, CancellationToken cancellationToken)
    {
        var files = await reader.ForSourceAsync(id, includeDetached ?? false, cancellationToken);
        return files is null ? NotFound(id) : TypedResults.Ok<IReadOnlyList<SourceFileResource>>([.. files.Select(SourceFileResource.From)]);
    }

    private static async Task<Results<Ok<SourceFileResource>, ProblemHttpResult>> DetachAsync(
        Guid id, Guid attachmentId, DetachmentInput input, FileAttachments attachments, CancellationToken cancellationToken)
    {
        var detached = await attachments.DetachAsync(id, attachmentId, input?.Reason, cancellationToken);
        return detached is null
            ? TypedResults.Problem(title: "No such attachment", detail: $"The source {id} has no attached file with the id {attachmentId}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(SourceFileResource.From(detached));
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ContentAsync(
        string sha256, FileReader reader, FileStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var file = await reader.FindAsync(sha256, cancellationToken);
        if (file is null)
        {
            return NoFile(sha256);
        }

        var stream = store.OpenRead(file.Sha256);
        if (stream is null)
        {
            return TypedResults.Problem(
                title: "The file's bytes are missing",
                detail: $"The registry records the file {file.Sha256}, but its bytes are not in the file store; an administrator can run 'whereabouts files verify'.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var served = EvidenceDownload.Prepare(response, file);
        return TypedResults.Stream(stream, served, lastModified: file.AddedAt, entityTag: EvidenceDownload.ETag(file), enableRangeProcessing: true);
    }

    private static async Task<Results<Ok<FileResource>, ProblemHttpResult>> InfoAsync(string sha256, FileReader reader, CancellationToken cancellationToken)
    {
        var file = await reader.FindAsync(sha256, cancellationToken);
        return file is null ? NoFile(sha256) : TypedResults.Ok(FileResource.From(file));
    }

    // The text of a form field, or null when it is longer than a description may be.
    private static async Task<string?> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[DescriptionBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > DescriptionBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    private static ProblemHttpResult TooLarge(FileLimit limit) =>
        TypedResults.Problem(
            title: "The file is too large",
            detail: string.Create(CultureInfo.InvariantCulture, $"The part file is larger than the limit of {limit.Megabytes} MB ({limit.Bytes} bytes); nothing was kept."),
            statusCode: StatusCodes.Status413PayloadTooLarge);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such source", detail: $"No source in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NoFile(string sha256) =>
        TypedResults.Problem(title: "No such file", detail: $"No file in the registry has the SHA-256 '{sha256}'.", statusCode: StatusCodes.Status404NotFound);
}
