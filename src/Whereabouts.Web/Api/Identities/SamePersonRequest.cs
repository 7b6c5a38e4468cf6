namespace Whereabouts.Web.Api.Identities;

/// <summary>A judgement that a record is, or is not, the same person as another record.</summary>
/// <param name="OtherId">The other record's id.</param>
/// <param name="Note">Why; required when <paramref name="Confirmed"/> is true.</param>
/// <param name="Confirmed">True to join records whose sides or service numbers differ.</param>
/// <param name="Decision">same (the default), notSame or unsure.</param>
internal sealed record SamePersonRequest(string? OtherId = null, string? Note = null, bool? Confirmed = null, string? Decision = null);
