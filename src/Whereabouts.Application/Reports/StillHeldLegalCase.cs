namespace Whereabouts.Application.Reports;

/// <summary>
/// A legal case of a held person as the still-held list names it (an application to the ECHR, a
/// trial in the detaining state).
/// </summary>
/// <remarks>The registry does not record legal cases yet; <see cref="StillHeldQuery"/> leaves every
/// person's list empty until they exist (see <c>StillHeldQuery.LegalCasesAsync</c>).</remarks>
/// <param name="Id">The case.</param>
/// <param name="Summary">A line for the list ("ECHR application 12345/20, interim measures").</param>
public sealed record StillHeldLegalCase(Guid Id, string Summary);
