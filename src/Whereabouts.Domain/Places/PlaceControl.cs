namespace Whereabouts.Domain;

/// <summary>
/// What one source says about who held a place during a period: a party controlled it, a third
/// party patrolled it, or it was contested — from a day to a day (either may be partial: "December
/// 2020"), or from a day on. Sources that contradict each other are each recorded and shown side by
/// side: the peacekeepers' map of 13 December and that of 14 December are two periods, not one
/// corrected period.
/// </summary>
/// <remarks>
/// A period is never edited or removed. One recorded in error is retracted once (who, when, why),
/// and stays in the history.
/// </remarks>
public sealed class PlaceControl
{
    /// <summary>The longest a holder's name or a locator may be.</summary>
    public const int ShortTextLength = 200;

    /// <summary>The longest a note or a reason may be.</summary>
    public const int NoteLength = 4000;

    /// <summary>Records a period of control.</summary>
    /// <param name="id">The identity, or <see cref="Guid.Empty"/> for a new one.</param>
    /// <param name="placeId">The place.</param>
    /// <param name="kind">Controlled, patrolled or contested.</param>
    /// <param name="party">The slug of the party that controlled or patrolled it, or null (required when controlled unless <paramref name="holder"/> names one that is not a party of the registry).</param>
    /// <param name="holder">The name of a holder that is not a party of the registry (a peacekeeping contingent), or null.</param>
    /// <param name="from">The first day (or month, or year) of the period.</param>
    /// <param name="to">The last, or null when the source gives no end.</param>
    /// <param name="sourceId">The registered document that shows it (a map, a statement); required.</param>
    /// <param name="locator">Where in the source (a map's legend, a paragraph), or null.</param>
    /// <param name="note">Anything else, or null.</param>
    /// <param name="recordedBy">The account that recorded it.</param>
    /// <param name="recordedAt">When.</param>
    /// <exception cref="DomainRuleException">No place or source, an unknown kind, no holder for a controlled or patrolled place, an end before the start, or text that is too long.</exception>
    public PlaceControl(
        Guid id,
        Guid placeId,
        ControlKind kind,
        string? party,
        string? holder,
        PartialDate from,
        PartialDate? to,
        Guid sourceId,
        string? locator,
        string? note,
        string recordedBy,
        DateTimeOffset recordedAt)
    {
        if (placeId == Guid.Empty)
        {
            throw new DomainRuleException("control.place-required", "Control is recorded for a place of the gazetteer.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("control.kind", $"{(int)kind} is not a kind of control.");
        }

        if (sourceId == Guid.Empty)
        {
            throw new DomainRuleException("control.source-required", "Choose the source that shows it: who held a place rests on a document.");
        }

        Party = TextValue.OrNull(party) is { } slug
            ? (Domain.Party.IsSlug(slug) ? Domain.Party.NormalizeSlug(slug) : throw new DomainRuleException("control.party", $"'{slug}' is not a party's slug."))
            : null;
        Holder = Short(holder, ShortTextLength);
        if (kind != ControlKind.Contested && Party is null && Holder is null)
        {
            throw new DomainRuleException("control.holder-required", "Say who held the place: a party of the registry, or the name of another holder.");
        }

        From = from ?? throw new DomainRuleException("control.from-required", "Enter the first day of the period.");
        if (to is not null && to.Latest < from.Earliest)
        {
            throw new DomainRuleException("control.order", $"The period cannot end on {to} before it begins on {from}.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        PlaceId = placeId;
        Kind = kind;
        To = to;
        SourceId = sourceId;
        Locator = Short(locator, ShortTextLength);
        Note = Short(note, NoteLength);
        RecordedBy = TextValue.OrNull(recordedBy) ?? throw new DomainRuleException("control.recorder-required", "A period of control must say who recorded it.");
        RecordedAt = recordedAt.ToUniversalTime();
    }

    // For the storage layer.
    private PlaceControl()
    {
        From = null!;
        RecordedBy = null!;
    }

    /// <summary>The period's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The place.</summary>
    public Guid PlaceId { get; private init; }

    /// <summary>Controlled, patrolled or contested.</summary>
    public ControlKind Kind { get; private init; }

    /// <summary>The slug of the party that controlled or patrolled it, or null.</summary>
    public string? Party { get; private init; }

    /// <summary>The name of a holder that is not a party of the registry, or null.</summary>
    public string? Holder { get; private init; }

    /// <summary>The first day (or month, or year) of the period.</summary>
    public PartialDate From { get; private init; }

    /// <summary>The last, or null when the source gives no end.</summary>
    public PartialDate? To { get; private init; }

    /// <summary>The registered document that shows it.</summary>
    public Guid SourceId { get; private init; }

    /// <summary>Where in the source, or null.</summary>
    public string? Locator { get; private init; }

    /// <summary>Anything else, or null.</summary>
    public string? Note { get; private init; }

    /// <summary>The account that recorded it.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When it was recorded, in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>When it was retracted, in UTC, or null while it stands.</summary>
    public DateTimeOffset? RetractedAt { get; private set; }

    /// <summary>Who retracted it, or null.</summary>
    public string? RetractedBy { get; private set; }

    /// <summary>Why it was retracted, or null.</summary>
    public string? RetractionReason { get; private set; }

    /// <summary>Whether it still stands (has not been retracted).</summary>
    public bool Stands => RetractedAt is null;

    /// <summary>
    /// Whether the period may include <paramref name="day"/>: the day is not before the earliest day
    /// the start may mean, nor after the latest day the end may mean ("December 2020" may mean any
    /// of its days). An open period runs on.
    /// </summary>
    public bool MayInclude(DateOnly day) => From.Earliest <= day && (To is null || day <= To.Latest);

    /// <summary>Retracts the period: it was recorded in error, or its source was shown false.</summary>
    /// <exception cref="DomainRuleException">Already retracted, or no actor or reason.</exception>
    public void Retract(string by, DateTimeOffset at, string reason)
    {
        if (!Stands)
        {
            throw new DomainRuleException("control.already-retracted", "This period of control was already retracted.");
        }

        var actor = TextValue.OrNull(by) ?? throw new DomainRuleException("control.recorder-required", "A period of control must say who recorded it.");
        var why = Short(reason, NoteLength) ?? throw new DomainRuleException("control.reason-required", "Say why the period is retracted.");
        RetractedAt = at.ToUniversalTime();
        RetractedBy = actor;
        RetractionReason = why;
    }

    private static string? Short(string? value, int length)
    {
        var text = TextValue.OrNull(value);
        return text is not null && text.Length > length
            ? throw new DomainRuleException("control.text-length", $"At most {length} characters.")
            : text;
    }
}
