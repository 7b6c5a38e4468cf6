using Whereabouts.Domain;

namespace Whereabouts.Application.Legal;

/// <summary>A recorded step of a legal case.</summary>
/// <param name="Id">The step.</param>
/// <param name="On">When it took place.</param>
/// <param name="Kind">Filing, hearing, decision, communication or other.</param>
/// <param name="Description">What happened.</param>
/// <param name="Source">The document that shows it, or null.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record ProceedingView(
    Guid Id, PartialDate On, ProceedingKind Kind, string Description, DocumentLink? Source, string RecordedBy, DateTimeOffset RecordedAt);
