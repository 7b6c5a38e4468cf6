using Whereabouts.Application.Exchanges;

namespace Whereabouts.Web.Api.Exchanges;

/// <summary>One named person of an exchange: who, their side, the side that received them, what moved, the fate it recorded, and the source naming them.</summary>
internal sealed record TransferResource(Guid PersonId, string DisplayName, bool IsInvented, string PersonSide, string ReceivedBy, string Kind, string Fate, Guid SourceId)
{
    public static TransferResource From(ExchangeTransferView transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        return new(
            transfer.Person.Id,
            transfer.Person.DisplayName,
            transfer.Person.IsInvented,
            transfer.PersonSide.ToString(),
            transfer.ReceivedBy.ToString(),
            transfer.Kind.ToString(),
            transfer.Fate.ToString(),
            transfer.SourceId);
    }
}
