using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Whereabouts.Web.Api;

/// <summary>
/// Entity tags from record versions. A response carries <c>ETag: "7"</c>; a write sends it back
/// in <c>If-Match</c>, and is refused with 412 when the record has moved on since.
/// </summary>
internal static class ETags
{
    public static string For(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the ETag header of a response.</summary>
    public static void Set(HttpResponse response, int version) => response.Headers[HeaderNames.ETag] = For(version);

    /// <summary>
    /// The version a request's If-Match names: null when the header is absent, -1 when it is
    /// present but not a version this API issued (so it can never match).
    /// </summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return header.Length > 2 && header[0] == '"' && header[^1] == '"'
            && int.TryParse(header[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }
}
