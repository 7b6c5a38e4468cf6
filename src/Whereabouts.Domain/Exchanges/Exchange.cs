using System.Globalization;

namespace Whereabouts.Domain;

/// <summary>
/// An exchange of prisoners or remains: when and where, between which parties and through whom,
/// on what terms, on what sources, and the named people who went each way.
/// </summary>
/// <remarks>
/// <para>The people handed over are fixed when the exchange is recorded, because recording it moves
/// each of them on in their fate history (<see cref="AssertionFor"/>): released or repatriated, dated
/// the exchange's date, with the exchange's source as evidence. For the same reason the date
/// cannot be changed afterwards, nor its incident and place, which the assertions name too; the
/// descriptive details can.</para>
/// <para>The totals each side announced are not kept here: they are <see cref="CountClaim"/>s of
/// category <see cref="CountCategory.Released"/> on the exchange's <see cref="IncidentId"/>, so they
/// sit beside every other figure with who stated them and when.</para>
/// </remarks>
public sealed class Exchange
{
    /// <summary>The longest a free-text field of an exchange may be.</summary>
    public const int TextLength = 2000;

    private readonly List<string> _parties = [];
    private readonly List<string> _mediators = [];
    private readonly List<Guid> _sourceIds = [];
    private readonly List<ExchangeTransfer> _transfers = [];

    /// <summary>Records an exchange.</summary>
    /// <param name="id">The identity; <see cref="Guid.Empty"/> asks for a new one.</param>
    /// <param name="details">Date, terms, place or route, parties, mediators, incident.</param>
    /// <param name="sourceIds">The sources it rests on, at least one; the first is the default evidence for each transfer.</param>
    /// <param name="transfers">The named people who went each way, at least one, each person once.</param>
    /// <param name="recordedBy">Who recorded it.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <exception cref="DomainRuleException">No source, no transfer, a person twice, a transfer without
    /// two different parties (by slug), a transfer citing a source that is not the exchange's, or invalid details.</exception>
    public Exchange(
        Guid id,
        ExchangeDetails details,
        IEnumerable<Guid> sourceIds,
        IEnumerable<ExchangeTransfer> transfers,
        string recordedBy,
        DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(sourceIds);
        ArgumentNullException.ThrowIfNull(transfers);
        var sources = sourceIds.Where(s => s != Guid.Empty).Distinct().ToList();
        if (sources.Count == 0)
        {
            throw new DomainRuleException("exchange.source-required", "An exchange needs at least one source that reports it.");
        }

        var moved = transfers.ToList();
        if (moved.Count == 0)
        {
            throw new DomainRuleException("exchange.transfer-required", "An exchange needs at least one named person who went one way or the other.");
        }

        var seen = new HashSet<Guid>();
        for (var i = 0; i < moved.Count; i++)
        {
            moved[i] = CheckTransfer(moved[i], sources, seen);
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        RecordedBy = string.IsNullOrWhiteSpace(recordedBy)
            ? throw new DomainRuleException("exchange.recorder-required", "An exchange must say who recorded it.")
            : recordedBy.Trim();
        RecordedAt = recordedAt.ToUniversalTime();
        Date = null!;
        Revise(details);
        _sourceIds.AddRange(sources);
        _transfers.AddRange(moved);
    }

    // For the storage layer.
    private Exchange()
    {
        Date = null!;
        RecordedBy = null!;
    }

    /// <summary>The exchange's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>When it took place; fixed once recorded.</summary>
    public PartialDate Date { get; private set; }

    /// <summary>What was traded.</summary>
    public ExchangeTerms Terms { get; private set; }

    /// <summary>The terms in words, or null.</summary>
    public string? TermsText { get; private set; }

    /// <summary>The gazetteer place, or null.</summary>
    public Guid? PlaceId { get; private set; }

    /// <summary>The route or place in words, or null.</summary>
    public string? Route { get; private set; }

    /// <summary>The incident that stands for the exchange (its announced totals are claims on it), or null.</summary>
    public Guid? IncidentId { get; private set; }

    /// <summary>Remarks, or null.</summary>
    public string? Notes { get; private set; }

    /// <summary>The parties that handed over and received people, in the order recorded.</summary>
    public IReadOnlyList<string> Parties => _parties;

    /// <summary>Who mediated or carried it out, in the order recorded.</summary>
    public IReadOnlyList<string> Mediators => _mediators;

    /// <summary>The sources it rests on; the first is the default evidence of each transfer.</summary>
    public IReadOnlyList<Guid> SourceIds => _sourceIds;

    /// <summary>The named people who went each way, in the order recorded.</summary>
    public IReadOnlyList<ExchangeTransfer> Transfers => _transfers;

    /// <summary>The account that recorded the exchange.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When the exchange was recorded, in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>The current details as one value, for editing.</summary>
    public ExchangeDetails Details => new(Date, Terms, TermsText, PlaceId, Route, [.. _parties], [.. _mediators], IncidentId, Notes);

    /// <summary>A short name for lists and evidence locators ("exchange of 2020-12-14").</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"exchange of {Date}");

    /// <summary>Replaces the descriptive details; the date, incident and place stay as recorded.</summary>
    /// <exception cref="DomainRuleException">The date, incident or place would change, the terms are not defined, "other"
    /// terms are not described, or a party, mediator or text is blank or too long.</exception>
    public void Revise(ExchangeDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(details.Date);
        if (Date is not null && Date != details.Date)
        {
            throw new DomainRuleException(
                "exchange.date-fixed",
                $"The exchange's date ({Date}) dates the fates it recorded; it cannot become {details.Date}. Record a correction instead.");
        }

        var placeId = details.PlaceId == Guid.Empty ? null : details.PlaceId;
        var incidentId = details.IncidentId == Guid.Empty ? null : details.IncidentId;
        if (Date is not null && (placeId != PlaceId || incidentId != IncidentId))
        {
            throw new DomainRuleException(
                "exchange.where-fixed",
                "The fate assertions this exchange recorded name its incident and place; they cannot change. Record a correction on the people instead.");
        }

        if (!Enum.IsDefined(details.Terms))
        {
            throw new DomainRuleException("exchange.terms", $"{(int)details.Terms} is not one of the terms of an exchange.");
        }

        var termsText = Text("exchange.terms-text", details.TermsText);
        if (details.Terms == ExchangeTerms.Other && termsText is null)
        {
            throw new DomainRuleException("exchange.terms-text", "Say in words what was traded when the terms are 'other'.");
        }

        var parties = Names("exchange.party", "party", details.Parties);
        var mediators = Names("exchange.mediator", "mediator", details.Mediators);
        var route = Text("exchange.route", details.Route);
        var notes = Text("exchange.notes", details.Notes);

        Date = details.Date;
        Terms = details.Terms;
        TermsText = termsText;
        PlaceId = placeId;
        Route = route;
        IncidentId = incidentId;
        Notes = notes;
        _parties.Clear();
        _parties.AddRange(parties);
        _mediators.Clear();
        _mediators.AddRange(mediators);
    }

    /// <summary>
    /// The fate assertion that the transfer of <paramref name="person"/> adds to their history:
    /// released, repatriated or remains recovered (see <see cref="ExchangeTransfer.FateFor"/>), dated
    /// the exchange's date, in the exchange's incident and place, resting on the source that names
    /// the person (the exchange's first source unless the transfer names another), with a locator
    /// naming the exchange.
    /// </summary>
    /// <exception cref="DomainRuleException">The person is not among this exchange's transfers.</exception>
    public FateAssertion AssertionFor(Person person, Guid assertionId, Credibility credibility)
    {
        ArgumentNullException.ThrowIfNull(person);
        var transfer = _transfers.FirstOrDefault(t => t.PersonId == person.Id)
            ?? throw new DomainRuleException("exchange.not-transferred", $"Person {person.Id} is not among the people of the {Title}.");
        // The locator names the parties by slug: it is stored with the evidence, and a slug never changes.
        var what = transfer.Kind == TransferKind.Remains ? "remains handed over" : "handed over";
        var locator = $"{Title}: {what} by {transfer.HandedOverBy} to {transfer.ReceivedBy}";
        return new FateAssertion(
            assertionId,
            transfer.FateFor(person.Side),
            Date,
            new Evidence(transfer.SourceId ?? _sourceIds[0], null, locator, credibility),
            RecordedBy,
            RecordedAt,
            IncidentId,
            PlaceId);
    }

    private static ExchangeTransfer CheckTransfer(ExchangeTransfer transfer, List<Guid> sources, HashSet<Guid> seen)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        if (transfer.PersonId == Guid.Empty)
        {
            throw new DomainRuleException("exchange.transfer-person", "Each transfer must name a person of the registry.");
        }

        if (!seen.Add(transfer.PersonId))
        {
            throw new DomainRuleException("exchange.transfer-duplicate", $"Person {transfer.PersonId} is listed twice; each person goes one way once.");
        }

        var from = Party.Reference("exchange.transfer-side", transfer.HandedOverBy)
            ?? throw new DomainRuleException("exchange.transfer-side", $"Say which party handed over person {transfer.PersonId}.");
        var to = Party.Reference("exchange.transfer-side", transfer.ReceivedBy)
            ?? throw new DomainRuleException("exchange.transfer-side", $"Say which party received person {transfer.PersonId}.");
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new DomainRuleException("exchange.transfer-side", $"Person {transfer.PersonId} is handed over by {from} to {to}: an exchange moves people from one party to another.");
        }

        if (!Enum.IsDefined(transfer.Kind))
        {
            throw new DomainRuleException("exchange.transfer-kind", $"{(int)transfer.Kind} is not a kind of transfer.");
        }

        if (transfer.SourceId is { } source && !sources.Contains(source))
        {
            throw new DomainRuleException(
                "exchange.transfer-source",
                $"The transfer of person {transfer.PersonId} cites source {source}, which is not among the exchange's sources.");
        }

        return transfer with { HandedOverBy = from, ReceivedBy = to };
    }

    private static string? Text(string rule, string? value)
    {
        var text = TextValue.OrNull(value);
        if (text is not null && text.Length > TextLength)
        {
            throw new DomainRuleException(rule, $"Keep it to {TextLength} characters; this is {text.Length}.");
        }

        return text;
    }

    private static List<string> Names(string rule, string what, IReadOnlyList<string>? values)
    {
        var names = new List<string>();
        foreach (var value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new DomainRuleException(rule, $"A {what} needs a name.");
            }

            var name = value.Trim();
            if (name.Length > 200)
            {
                throw new DomainRuleException(rule, $"Keep a {what}'s name to 200 characters.");
            }

            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
