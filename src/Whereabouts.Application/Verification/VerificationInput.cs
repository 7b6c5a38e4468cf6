namespace Whereabouts.Application.Verification;

/// <summary>A step in checking a source or a file, as a form or a JSON body gives it.</summary>
/// <param name="State">The state the item moves to: UnderReview, Verified, Disputed, ShownFalse, or Unverified to give a review up.</param>
/// <param name="Methods">How it was checked, by name (Geolocation, Chronolocation, IdentityOfPeople, SourceContact, Metadata); at least one for a decision.</param>
/// <param name="Note">What was found; required for a decision.</param>
/// <param name="ExpectedState">The state the reviewer saw the item in; when given and someone has recorded a step since, nothing is saved.</param>
public sealed record VerificationInput(string? State, IReadOnlyList<string>? Methods, string? Note, string? ExpectedState = null);
