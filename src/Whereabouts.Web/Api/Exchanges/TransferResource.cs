using Whereabouts.Application.Exchanges;
using Whereabouts.Web.Api.Parties;

namespace Whereabouts.Web.Api.Exchanges;

/// <summary>One named person of an exchange: who, their side, the party that received them, what moved, the fate it recorded, the source naming them, and the party that handed them over (sides are party slugs).</summary>
internal sealed record TransferResource(Guid PersonId, string DisplayName, bool IsInvented, string PersonSide, string ReceivedBy, string Kind, string Fate, Guid SourceId, string HandedOverBy)
{
    public static TransferResource From(ExchangeTransferView transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        return new(
            transfer.Person.Id,
            transfer.Person.DisplayName,
            transfer.Person.IsInvented,
            SideField.Of(transfer.PersonSide),
            transfer.ReceivedBy,
            transfer.Kind.ToString(),
            transfer.Fate.ToString(),
            transfer.SourceId,
            transfer.HandedOverBy);
    }
}
