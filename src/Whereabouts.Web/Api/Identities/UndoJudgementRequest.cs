namespace Whereabouts.Web.Api.Identities;

/// <summary>The undoing of a standing judgement.</summary>
/// <param name="Note">Why it is undone.</param>
internal sealed record UndoJudgementRequest(string? Note = null);
