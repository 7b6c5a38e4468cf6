using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Api.Legal;

/// <summary>
/// A family last told a fate the evidence no longer says: the person (the identity, when records
/// are joined), the notification, what and when they were told, by whom and to which relative, and
/// the fate now (null when no assertion stands) with its date and whether it is contested.
/// </summary>
internal sealed record InformAgainResource(
    Guid PersonId,
    string DisplayName,
    Guid NotificationId,
    string ToldOn,
    string Told,
    string ToldBy,
    string Recipient,
    string? Now,
    string? NowAsOf,
    bool NowContested)
{
    public static InformAgainResource From(InformAgainCase found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new(
            found.PersonId, found.DisplayName, found.NotificationId, found.ToldOn.ToString(), found.Told.ToString(), found.ToldBy, found.Recipient,
            found.Now?.ToString(), found.NowAsOf?.ToString(), found.NowContested);
    }
}
