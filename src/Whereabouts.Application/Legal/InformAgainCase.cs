using Whereabouts.Domain;

namespace Whereabouts.Application.Legal;

/// <summary>
/// A family last told something the evidence no longer says: what they were told, when and by whom,
/// beside the fate the registry derives now. Records joined into one identity are one person here,
/// under the identity's id, with every record's notifications and assertions.
/// </summary>
/// <param name="PersonId">The identity (the least record id of the person; the record itself when alone).</param>
/// <param name="DisplayName">The person's name as the registry shows it.</param>
/// <param name="NotificationId">The notification the family was last told by.</param>
/// <param name="ToldOn">When the family was told.</param>
/// <param name="Told">The fate they were told.</param>
/// <param name="ToldBy">Who told them.</param>
/// <param name="Recipient">Which relative, by relationship only.</param>
/// <param name="Now">The fate the registry derives now, or null when no assertion stands.</param>
/// <param name="NowAsOf">The date the current fate refers to.</param>
/// <param name="NowContested">Whether the current fate is contested by other standing assertions.</param>
public sealed record InformAgainCase(
    Guid PersonId,
    string DisplayName,
    Guid NotificationId,
    PartialDate ToldOn,
    FateStatus Told,
    string ToldBy,
    string Recipient,
    FateStatus? Now,
    PartialDate? NowAsOf,
    bool NowContested);
