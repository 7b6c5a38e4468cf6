using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Exchanges;

/// <summary>One named person of an exchange, as its page shows them.</summary>
/// <param name="Person">The person, for a link.</param>
/// <param name="PersonSide">The slug of the person's own party, or null.</param>
/// <param name="HandedOverBy">The slug of the party that handed them over.</param>
/// <param name="ReceivedBy">The slug of the party that received them.</param>
/// <param name="Kind">The living person or their remains.</param>
/// <param name="Fate">The fate the exchange recorded for them (released, repatriated, remains recovered).</param>
/// <param name="SourceId">The source that names them.</param>
public sealed record ExchangeTransferView(PersonLink Person, string? PersonSide, string HandedOverBy, string ReceivedBy, TransferKind Kind, FateStatus Fate, Guid SourceId);
