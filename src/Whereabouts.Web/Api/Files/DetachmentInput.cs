namespace Whereabouts.Web.Api.Files;

/// <summary>Why a file is detached from a source.</summary>
internal sealed record DetachmentInput(string? Reason);
