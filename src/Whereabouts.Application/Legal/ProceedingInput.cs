namespace Whereabouts.Application.Legal;

/// <summary>A step in a legal case as a form or a JSON body gives it (fields named "on", "kind", "description", "sourceId").</summary>
/// <param name="On">When it took place, as a partial date; required.</param>
/// <param name="Kind">A <see cref="Domain.ProceedingKind"/> name ("Filing", "Hearing", "Decision", "Communication", "Other"); required.</param>
/// <param name="Description">What happened; required.</param>
/// <param name="SourceId">The registered document that shows it, if any.</param>
public sealed record ProceedingInput(string? On, string? Kind, string? Description, Guid? SourceId = null);
