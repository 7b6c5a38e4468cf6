using System.Text.Json;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>One audit-log entry about a person: who changed what, when; changes as an object of new values or [old, new] pairs.</summary>
internal sealed record ChangeResource(long Sequence, DateTimeOffset RecordedAt, string Actor, string Action, string EntityType, string EntityId, JsonElement Changes)
{
    public static ChangeResource From(DossierChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var document = JsonDocument.Parse(change.Changes);
        return new(change.Sequence, change.RecordedAt, change.Actor, change.Action, change.EntityType, change.EntityId, document.RootElement.Clone());
    }
}
