namespace Whereabouts.Application.Tracing;

/// <summary>The tracing office's work in counts, for the dashboard of those who may see families' records.</summary>
/// <param name="OpenRequests">Requests not closed (open, searching or answered).</param>
/// <param name="FromPublicForm">Requests sent through the public form that still wait for a caseworker (status open).</param>
/// <param name="Unanswered">Requests with no answer within the deadline.</param>
/// <param name="InformAgain">Families to inform again, or null while the fate histories are being prepared after a start.</param>
/// <param name="NewEvidence">Requests whose person has new evidence since the last answer.</param>
/// <param name="AnswerWithinDays">The deadline, in days.</param>
public sealed record TracingWork(int OpenRequests, int FromPublicForm, int Unanswered, int? InformAgain, int NewEvidence, int AnswerWithinDays);
