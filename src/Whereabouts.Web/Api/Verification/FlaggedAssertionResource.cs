using Whereabouts.Application.Verification;

namespace Whereabouts.Web.Api.Verification;

/// <summary>A standing fate assertion whose only evidence was shown false, for a person to decide whether to retract it.</summary>
internal sealed record FlaggedAssertionResource(
    Guid PersonId, string DisplayName, bool IsInvented, Guid AssertionId, string Status, string AsOf, Guid SourceId, string SourceTitle, DateTimeOffset RecordedAt)
{
    public static FlaggedAssertionResource From(FlaggedAssertion flagged)
    {
        ArgumentNullException.ThrowIfNull(flagged);
        return new(
            flagged.Person.Id, flagged.Person.DisplayName, flagged.Person.IsInvented, flagged.AssertionId, flagged.Status.ToString(), flagged.AsOf.ToString(),
            flagged.SourceId, flagged.SourceTitle, flagged.RecordedAt);
    }
}
