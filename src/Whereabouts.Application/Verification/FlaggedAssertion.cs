using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>A standing fate assertion whose only evidence was shown false: a person must decide whether to retract it.</summary>
/// <param name="Person">The person whose history holds it.</param>
/// <param name="AssertionId">The assertion.</param>
/// <param name="Status">The state it asserts.</param>
/// <param name="AsOf">The date it refers to.</param>
/// <param name="SourceId">The source it rests on.</param>
/// <param name="SourceTitle">That source's title.</param>
/// <param name="RecordedAt">When the assertion was recorded (UTC).</param>
public sealed record FlaggedAssertion(
    PersonLink Person, Guid AssertionId, FateStatus Status, PartialDate AsOf, Guid SourceId, string SourceTitle, DateTimeOffset RecordedAt);
