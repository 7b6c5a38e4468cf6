namespace Whereabouts.Web.Api.Claims;

/// <summary>
/// An article or statement sent to be archived: either <c>text</c> (HTML or plain text) or
/// <c>contentBase64</c> with a <c>fileName</c> whose extension says how to read it (.html, .htm,
/// .txt, or gzipped).
/// </summary>
internal sealed record DocumentResource(
    string? Text,
    string? ContentBase64,
    string? FileName,
    string? Kind,
    string? Reliability,
    string? Title,
    string? Url);
