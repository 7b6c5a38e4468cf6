namespace Whereabouts.Application.Reports;

/// <summary>
/// A legal case of a held person as the still-held list names it (an application to the ECHR, a
/// trial in the detaining state).
/// </summary>
/// <remarks>A person's list holds the cases lodged by the day the list is asked for.</remarks>
/// <param name="Id">The case.</param>
/// <param name="Summary">A line for the list ("ECHR application 12345/20, interim measures").</param>
public sealed record StillHeldLegalCase(Guid Id, string Summary);
