using Whereabouts.Application.Sources;

namespace Whereabouts.Application.Captivity;

/// <summary>One captive in the obligations report: who, his figures, and how his detaining party was found.</summary>
/// <param name="Person">The identity, for a link.</param>
/// <param name="Summary">What was owed him and what was done.</param>
/// <param name="Rule">Which rule gave his detaining party (docs/adr/0026).</param>
/// <param name="IsLate">Whether the notification came after the deadline; false when it never came.</param>
public sealed record ObligationsCaptive(PersonLink Person, CaptivitySummary Summary, DetainingPartyRule Rule, bool IsLate);
