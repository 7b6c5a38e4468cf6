namespace Whereabouts.Domain;

/// <summary>
/// One named person who went one way in an exchange: who, from which party to which, and whether
/// it was the person or their remains.
/// </summary>
/// <param name="PersonId">The registry person handed over.</param>
/// <param name="HandedOverBy">The slug of the <see cref="Party"/> that handed them over.</param>
/// <param name="ReceivedBy">The slug of the <see cref="Party"/> that received them. When it is the person's own
/// side, the person was <see cref="FateStatus.Repatriated"/>; otherwise only <see cref="FateStatus.Released"/>.</param>
/// <param name="Kind">The living person, or their remains.</param>
/// <param name="SourceId">The exchange's source that names this person (a flight manifest, a
/// handover list), or null for the exchange's first source.</param>
public sealed record ExchangeTransfer(Guid PersonId, string HandedOverBy, string ReceivedBy, TransferKind Kind = TransferKind.Person, Guid? SourceId = null)
{
    /// <summary>
    /// The fate the transfer gives a person of the party <paramref name="personSide"/> (a slug, or null
    /// when none is recorded): remains handed over are <see cref="FateStatus.RemainsRecovered"/>; a
    /// living person received by their own side is <see cref="FateStatus.Repatriated"/>, by another
    /// side only <see cref="FateStatus.Released"/>.
    /// </summary>
    public FateStatus FateFor(string? personSide) => Kind switch
    {
        TransferKind.Remains => FateStatus.RemainsRecovered,
        TransferKind.Person when string.Equals(personSide, ReceivedBy, StringComparison.Ordinal) => FateStatus.Repatriated,
        TransferKind.Person => FateStatus.Released,
        _ => throw new InvalidOperationException($"{(int)Kind} is not a kind of transfer."),
    };
}
