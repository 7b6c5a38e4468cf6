using Whereabouts.Domain;

namespace Whereabouts.Application.Identities;

/// <summary>A fate assertion of one of an identity's records.</summary>
/// <param name="RecordId">The record it was asserted on.</param>
/// <param name="Id">The assertion.</param>
/// <param name="Status">The state asserted.</param>
/// <param name="AsOf">The date it refers to.</param>
/// <param name="SourceTitle">The title of the source it rests on.</param>
/// <param name="Credibility">The credibility of that evidence.</param>
/// <param name="IsRetracted">Whether it was withdrawn and no longer counts.</param>
/// <param name="IsCurrent">Whether it decides the identity's current fate.</param>
public sealed record IdentityFate(Guid RecordId, Guid Id, FateStatus Status, PartialDate AsOf, string SourceTitle, Credibility Credibility, bool IsRetracted, bool IsCurrent);
