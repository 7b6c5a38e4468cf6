namespace Whereabouts.Application.Legal;

/// <summary>What a list of legal cases is narrowed to; every part is optional (blank keeps all).</summary>
/// <param name="PersonId">Only cases about this person.</param>
/// <param name="Status">A <see cref="Domain.LegalCaseStatus"/> name.</param>
/// <param name="Forum">A <see cref="Domain.ForumKind"/> name.</param>
public sealed record LegalCaseFilter(Guid? PersonId = null, string? Status = null, string? Forum = null);
