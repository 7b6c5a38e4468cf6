namespace Whereabouts.Domain;

/// <summary>
/// Proceedings about one or more of the registry's people: a request to the European Court of
/// Human Rights for interim measures, an application, a criminal trial in the detaining state.
/// Lawyers need, per person, the forum, the number, the charges, every hearing and decision with
/// its date, the sentence, and the documents that show them.
/// </summary>
/// <remarks>
/// The description (<see cref="LegalCaseDetails"/>) can be corrected; every correction is kept in
/// the audit history. The <see cref="Proceedings"/> only grow: a step once recorded is never
/// changed or removed.
/// </remarks>
public sealed class LegalCase
{
    private readonly List<Guid> _personIds = [];
    private readonly List<string> _counsel = [];
    private readonly List<string> _charges = [];
    private readonly List<Guid> _sourceIds = [];
    private readonly List<Proceeding> _proceedings = [];

    /// <summary>Records a case.</summary>
    /// <exception cref="DomainRuleException">The details break a rule (see <see cref="Revise"/>).</exception>
    public LegalCase(Guid id, LegalCaseDetails details)
    {
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Title = null!;
        ForumName = null!;
        LodgedOn = null!;
        Revise(details);
    }

    // For the storage layer.
    private LegalCase()
    {
        Title = null!;
        ForumName = null!;
        LodgedOn = null!;
    }

    /// <summary>The case's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>A short description for lists.</summary>
    public string Title { get; private set; }

    /// <summary>What kind of body hears the case.</summary>
    public ForumKind ForumKind { get; private set; }

    /// <summary>The court's name.</summary>
    public string ForumName { get; private set; }

    /// <summary>The case or application number, or null when none is known yet.</summary>
    public string? Number { get; private set; }

    /// <summary>What kind of proceedings these are.</summary>
    public LegalCaseKind Kind { get; private set; }

    /// <summary>When the case was lodged or opened.</summary>
    public PartialDate LodgedOn { get; private set; }

    /// <summary>The people the case is about; never empty.</summary>
    public IReadOnlyList<Guid> PersonIds => _personIds;

    /// <summary>The lawyers acting in the case, by name.</summary>
    public IReadOnlyList<string> Counsel => _counsel;

    /// <summary>The charges, one per entry.</summary>
    public IReadOnlyList<string> Charges => _charges;

    /// <summary>The sentence as pronounced, or null.</summary>
    public string? Sentence { get; private set; }

    /// <summary>Where the case stands.</summary>
    public LegalCaseStatus Status { get; private set; }

    /// <summary>The registered documents the record rests on.</summary>
    public IReadOnlyList<Guid> SourceIds => _sourceIds;

    /// <summary>Remarks, or null.</summary>
    public string? Notes { get; private set; }

    /// <summary>The slug of the party that holds the case's people, or null when none is recorded.</summary>
    public string? DetainingParty { get; private set; }

    /// <summary>The dated steps, in the order they were recorded.</summary>
    public IReadOnlyList<Proceeding> Proceedings => _proceedings;

    /// <summary>The number of saved edits (a new proceeding counts as one); used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>The current description as one value, for editing.</summary>
    public LegalCaseDetails Details => new(
        Title, ForumKind, ForumName, Number, Kind, LodgedOn, [.. _personIds], [.. _counsel], [.. _charges], Sentence, Status, [.. _sourceIds], Notes, DetainingParty);

    /// <summary>Replaces the description.</summary>
    /// <exception cref="DomainRuleException">
    /// No title, forum name, lodging date or person; an unknown kind, forum or status; an ECHR
    /// application without its number; a sentence or the status <see cref="LegalCaseStatus.Sentenced"/>
    /// on a case that is not a criminal trial, or that status without the sentence; or a lodging date
    /// after a proceeding already recorded.
    /// </exception>
    public void Revise(LegalCaseDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = TextValue.OrNull(details.Title)
            ?? throw new DomainRuleException("legal-case.title-required", "A legal case needs a title or a short description.");
        if (!Enum.IsDefined(details.ForumKind))
        {
            throw new DomainRuleException("legal-case.forum-kind", $"{(int)details.ForumKind} is not a kind of forum.");
        }

        if (!Enum.IsDefined(details.Kind))
        {
            throw new DomainRuleException("legal-case.kind", $"{(int)details.Kind} is not a kind of legal case.");
        }

        if (!Enum.IsDefined(details.Status))
        {
            throw new DomainRuleException("legal-case.status", $"{(int)details.Status} is not a status of a legal case.");
        }

        var forumName = TextValue.OrNull(details.ForumName)
            ?? throw new DomainRuleException("legal-case.forum-required", "Name the court or body that hears the case.");
        var number = TextValue.OrNull(details.Number);
        if (number is null && details.ForumKind == ForumKind.EuropeanCourtOfHumanRights && details.Kind == LegalCaseKind.Application)
        {
            throw new DomainRuleException(
                "legal-case.number-required",
                "An application to the European Court of Human Rights needs its application number (such as 12345/20).");
        }

        var lodgedOn = details.LodgedOn
            ?? throw new DomainRuleException("legal-case.lodged-required", "A legal case needs the date it was lodged or opened.");
        var firstStep = _proceedings.Select(p => p.On).Order().FirstOrDefault();
        if (firstStep is not null && firstStep.IsDefinitelyBefore(lodgedOn))
        {
            throw new DomainRuleException(
                "legal-case.lodged-after-proceeding",
                $"The case cannot have been lodged on {lodgedOn}: a proceeding in it is dated {firstStep}.");
        }

        var people = (details.PersonIds ?? []).Where(p => p != Guid.Empty).Distinct().ToList();
        if (people.Count == 0)
        {
            throw new DomainRuleException("legal-case.person-required", "A legal case must name at least one person of the registry.");
        }

        var sentence = TextValue.OrNull(details.Sentence);
        if (details.Kind != LegalCaseKind.CriminalTrial && (sentence is not null || details.Status == LegalCaseStatus.Sentenced))
        {
            throw new DomainRuleException(
                "legal-case.sentence-without-trial",
                $"Only a criminal trial ends in a sentence; this case is a {details.Kind}.");
        }

        if (details.Status == LegalCaseStatus.Sentenced && sentence is null)
        {
            throw new DomainRuleException("legal-case.sentence-required", "A case marked as sentenced needs the sentence as pronounced.");
        }

        var detainingParty = TextValue.OrNull(details.DetainingParty);
        if (detainingParty is not null && !Party.IsSlug(detainingParty))
        {
            throw new DomainRuleException("legal-case.detaining-party", $"'{detainingParty}' is not a party's slug.");
        }

        Title = title;
        ForumKind = details.ForumKind;
        ForumName = forumName;
        Number = number;
        Kind = details.Kind;
        LodgedOn = lodgedOn;
        Replace(_personIds, people);
        Replace(_counsel, Texts(details.Counsel));
        Replace(_charges, Texts(details.Charges));
        Sentence = sentence;
        Status = details.Status;
        Replace(_sourceIds, (details.SourceIds ?? []).Where(s => s != Guid.Empty).Distinct());
        Notes = TextValue.OrNull(details.Notes);
        DetainingParty = detainingParty is null ? null : Party.NormalizeSlug(detainingParty);
    }

    /// <summary>Appends a dated step.</summary>
    /// <exception cref="DomainRuleException">
    /// The step is already recorded, is dated before the case was lodged, or is dated after the
    /// moment it is recorded.
    /// </exception>
    public void AddProceeding(Proceeding proceeding)
    {
        ArgumentNullException.ThrowIfNull(proceeding);
        if (_proceedings.Any(p => p.Id == proceeding.Id))
        {
            throw new DomainRuleException("proceeding.duplicate", $"Proceeding {proceeding.Id} is already recorded.");
        }

        if (proceeding.On.IsDefinitelyBefore(LodgedOn))
        {
            throw new DomainRuleException(
                "proceeding.before-lodged",
                $"A {proceeding.Kind} on {proceeding.On} cannot come before the case was lodged ({LodgedOn}).");
        }

        // A calendar date somewhere in the world: allow for the furthest time zone (UTC+14).
        var latestLocalDay = DateOnly.FromDateTime(proceeding.RecordedAt.UtcDateTime.AddHours(14));
        if (latestLocalDay < proceeding.On.Earliest)
        {
            throw new DomainRuleException(
                "proceeding.in-future",
                $"A {proceeding.Kind} on {proceeding.On} is in the future: it was recorded on {proceeding.RecordedAt:yyyy-MM-dd}.");
        }

        _proceedings.Add(proceeding);
    }

    /// <summary>True when the case names <paramref name="personId"/>.</summary>
    public bool Concerns(Guid personId) => _personIds.Contains(personId);

    private static IEnumerable<string> Texts(IReadOnlyList<string>? values) =>
        (values ?? []).Select(TextValue.OrNull).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);

    private static void Replace<T>(List<T> list, IEnumerable<T> values)
    {
        var copy = values.ToList();
        list.Clear();
        list.AddRange(copy);
    }
}
