namespace Whereabouts.Application.Identities;

/// <summary>One registry record of an identity, as the dossier lists them.</summary>
/// <param name="Id">The record.</param>
/// <param name="DisplayName">Its first standing name form.</param>
/// <param name="Side">The party slug it records, or null.</param>
/// <param name="ServiceNumber">The service number it records, or null.</param>
/// <param name="BirthYear">The year of birth it records, or null.</param>
/// <param name="IsIdentity">Whether this is the identity's own record (the least id), by which lists show the identity.</param>
public sealed record IdentityRecord(Guid Id, string DisplayName, string? Side, string? ServiceNumber, int? BirthYear, bool IsIdentity);
