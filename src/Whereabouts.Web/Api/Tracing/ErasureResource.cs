namespace Whereabouts.Web.Api.Tracing;

/// <summary>Why a family's contact is erased ("at the family's request"); required.</summary>
internal sealed record ErasureResource(string? Reason);
