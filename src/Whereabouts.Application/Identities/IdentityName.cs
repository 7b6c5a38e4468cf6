using Whereabouts.Domain;

namespace Whereabouts.Application.Identities;

/// <summary>A standing name form of one of an identity's records.</summary>
/// <param name="RecordId">The record the form is written in.</param>
/// <param name="FullName">The form, written out.</param>
/// <param name="Script">The script it is written in.</param>
public sealed record IdentityName(Guid RecordId, string FullName, NameScript Script);
