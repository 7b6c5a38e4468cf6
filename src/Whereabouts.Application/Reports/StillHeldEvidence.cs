using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>The evidence behind a held person's current status: which source, where in it, how credible.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="SourceTitle">Its title.</param>
/// <param name="Quote">The words of the source, or null.</param>
/// <param name="Locator">Where in the source, or null.</param>
/// <param name="Credibility">How credible the information is.</param>
public sealed record StillHeldEvidence(Guid SourceId, string SourceTitle, string? Quote, string? Locator, Credibility Credibility);
