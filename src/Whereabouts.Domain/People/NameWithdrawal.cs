namespace Whereabouts.Domain;

/// <summary>
/// The withdrawal of a name form that was entered wrongly: the form stays in the person's history
/// (and in the audit log), but is no longer shown as one of the person's names or searched.
/// </summary>
/// <param name="NameIndex">The withdrawn form's position in <see cref="Person.Names"/> (forms are only ever appended).</param>
/// <param name="Reason">Why the form is wrong.</param>
/// <param name="SourceId">The source that shows it, if any.</param>
/// <param name="Locator">Where in the source.</param>
/// <param name="Quote">What the source says.</param>
/// <param name="WithdrawnBy">Who withdrew it.</param>
/// <param name="WithdrawnAt">When (UTC).</param>
public sealed record NameWithdrawal(int NameIndex, string Reason, Guid? SourceId, string? Locator, string? Quote, string WithdrawnBy, DateTimeOffset WithdrawnAt);
