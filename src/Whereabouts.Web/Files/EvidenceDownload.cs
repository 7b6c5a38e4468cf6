using Microsoft.Net.Http.Headers;
using Whereabouts.Application.Files;

namespace Whereabouts.Web.Files;

/// <summary>
/// The headers an evidence file is served with, by the API and by the pages alike: its type as read
/// from its bytes (anything a browser could run as a page served as bytes), shown inline only when
/// it is an image, a recording, a video or a PDF, never sniffed by the browser, and sandboxed so
/// that even a file opened directly runs no script.
/// </summary>
internal static class EvidenceDownload
{
    /// <summary>The policy of every served file: no script, no requests, no plug-in.</summary>
    public const string ContentSecurityPolicy = "sandbox; default-src 'none'";

    /// <summary>Sets the headers for <paramref name="file"/> on <paramref name="response"/> and returns the <c>Content-Type</c> to serve it with.</summary>
    public static string Prepare(HttpResponse response, EvidenceFileView file)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(file);
        var disposition = new ContentDispositionHeaderValue(MediaTypes.IsInline(file.MediaType) ? "inline" : "attachment");

        // Both filename (ASCII) and filename* (UTF-8), as RFC 6266 asks, so Armenian and Cyrillic names survive.
        disposition.SetHttpFileName(file.DownloadName);
        var headers = response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.CacheControl = "private, max-age=3600";
        return MediaTypes.Served(file.MediaType);
    }

    /// <summary>The file's strong ETag: its hash, since its bytes never change.</summary>
    public static EntityTagHeaderValue ETag(EvidenceFileView file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new EntityTagHeaderValue($"\"{file.Sha256}\"");
    }
}
