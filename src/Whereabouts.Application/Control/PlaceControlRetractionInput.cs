namespace Whereabouts.Application.Control;

/// <summary>Why a period of control is retracted (field "reason"); who and when are the actor and the clock's.</summary>
/// <param name="Reason">Why: recorded in error, or its source was shown false; required.</param>
public sealed record PlaceControlRetractionInput(string? Reason);
