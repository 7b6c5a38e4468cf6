namespace Whereabouts.Domain;

/// <summary>
/// Someone the registry accounts for: a missing soldier, a prisoner, a civilian whose family is
/// searching. A person has name forms from every list that mentions them, descriptive details,
/// and a fate history from which the current fate is derived.
/// </summary>
/// <remarks>
/// <para>The fate history is append-only. <see cref="AssertFate"/> checks the new assertion against
/// the rules (evidence, birth date, confirmed facts) before anything changes, and refuses it with a
/// <see cref="DomainRuleException"/> that says why.</para>
/// <para><see cref="Version"/> counts saved edits; storage refuses to save an edit made to an older
/// version, so two caseworkers editing the same person cannot both win.</para>
/// </remarks>
public sealed class Person
{
    private readonly List<PersonName> _names = [];
    private readonly List<FateAssertion> _fateAssertions = [];
    private readonly List<FateRetraction> _fateRetractions = [];
    private readonly List<NameWithdrawal> _nameWithdrawals = [];

    /// <summary>Registers a person under their first known name form.</summary>
    /// <param name="id">The identity; <see cref="Guid.Empty"/> asks for a new one.</param>
    /// <param name="name">The first name form.</param>
    /// <param name="details">Descriptive details; defaults to all unknown.</param>
    /// <param name="isInvented">True for the invented people of the demo data, who must never be
    /// mistaken for real ones.</param>
    public Person(Guid id, PersonName name, PersonDetails? details = null, bool isInvented = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        IdentityId = Id;
        IsInvented = isInvented;
        _names.Add(name);
        UpdateDetails(details ?? new PersonDetails());
    }

    // For the storage layer.
    private Person()
    {
    }

    /// <summary>The person's identity in the registry.</summary>
    public Guid Id { get; private init; }

    /// <summary>
    /// The identity this record belongs to: its own <see cref="Id"/>, or the id of the record it was
    /// judged to be one person with (<see cref="IdentityGrouping"/>). Derived from the standing
    /// "same person" judgements and set only from them; the record itself is never merged away.
    /// </summary>
    public Guid IdentityId { get; private set; }

    /// <summary>Every name form ever recorded, withdrawn ones included, the first registered first.</summary>
    public IReadOnlyList<PersonName> Names => _names;

    /// <summary>The name forms that stand: every form not withdrawn, in the order registered.</summary>
    public IReadOnlyList<PersonName> StandingNames => Standing(_names, _nameWithdrawals);

    /// <summary>The withdrawals of wrongly entered name forms, in the order recorded.</summary>
    public IReadOnlyList<NameWithdrawal> NameWithdrawals => _nameWithdrawals;

    /// <summary>The first registered name form that stands, used where one name must be shown.</summary>
    public PersonName PrimaryName => StandingNames[0];

    /// <summary>Sex as recorded.</summary>
    public Sex Sex { get; private set; }

    /// <summary>Birth date, as precisely as it is known, or null.</summary>
    public PartialDate? BirthDate { get; private set; }

    /// <summary>The gazetteer place of birth, or null.</summary>
    public Guid? BirthPlaceId { get; private set; }

    /// <summary>
    /// The slug of the <see cref="Party"/> the person belongs to (for a soldier, the force they served
    /// in; for a civilian, their community), or null when none is recorded. It decides which "still
    /// held" list the person is on.
    /// </summary>
    public string? Side { get; private set; }

    /// <summary>Soldier or civilian.</summary>
    public ServiceRole Role { get; private set; }

    /// <summary>The armed force, in words, for soldiers.</summary>
    public string? Force { get; private set; }

    /// <summary>Military rank as written by the source.</summary>
    public string? Rank { get; private set; }

    /// <summary>Military unit as written by the source.</summary>
    public string? Unit { get; private set; }

    /// <summary>Service (personal) number.</summary>
    public string? ServiceNumber { get; private set; }

    /// <summary>True for invented demo people. Set at registration and never changed.</summary>
    public bool IsInvented { get; private init; }

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>The fate history, retracted assertions included. Its order after loading from storage is
    /// not significant: <see cref="Fate"/> and every view order assertions by date.</summary>
    public IReadOnlyList<FateAssertion> FateAssertions => _fateAssertions;

    /// <summary>The withdrawals of wrong assertions, in the order they were recorded.</summary>
    public IReadOnlyList<FateRetraction> FateRetractions => _fateRetractions;

    /// <summary>The current fate, derived from the history.</summary>
    public FateSummary Fate => FateSummary.Derive(_fateAssertions, _fateRetractions);

    /// <summary>The fate as it stood on a day, by when things happened (see <see cref="FateSummary.DeriveAsOf"/>).</summary>
    public FateSummary FateOn(DateOnly day) => FateSummary.DeriveAsOf(_fateAssertions, _fateRetractions, day);

    /// <summary>The current details as one value, for editing.</summary>
    public PersonDetails Details => new(Sex, BirthDate, BirthPlaceId, Side, Role, Force, Rank, Unit, ServiceNumber);

    /// <summary>Replaces the descriptive details.</summary>
    /// <exception cref="DomainRuleException">A birth date would come after a recorded fate, or the side is not a party's slug.</exception>
    public void UpdateDetails(PersonDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var side = Party.Reference("person.side", details.Side);
        if (details.BirthDate is { } birth)
        {
            var retracted = _fateRetractions.Select(r => r.AssertionId).ToHashSet();
            var before = _fateAssertions.FirstOrDefault(a => !retracted.Contains(a.Id) && a.AsOf.IsDefinitelyBefore(birth));
            if (before is not null)
            {
                throw new DomainRuleException(
                    "person.birth-after-fate",
                    $"A birth date of {birth} comes after the recorded fate {before.Status} as of {before.AsOf}.");
            }
        }

        Sex = details.Sex;
        BirthDate = details.BirthDate;
        BirthPlaceId = details.BirthPlaceId;
        Side = side;
        Role = details.Role;
        Force = TextValue.OrNull(details.Force);
        Rank = TextValue.OrNull(details.Rank);
        Unit = TextValue.OrNull(details.Unit);
        ServiceNumber = TextValue.OrNull(details.ServiceNumber);
    }

    /// <summary>Adds a name form. Adding a form the person already has changes nothing; a withdrawn
    /// form added again is appended again, so the history shows both acts.</summary>
    /// <returns>True when the form was new.</returns>
    public bool AddName(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (StandingNames.Contains(name))
        {
            return false;
        }

        _names.Add(name);
        return true;
    }

    /// <summary>Appends a fate assertion after checking it against the rules.</summary>
    /// <exception cref="DomainRuleException">
    /// The assertion's date is before the person's birth or after the moment it is recorded; it is
    /// already recorded; or it is credible and impossible together with a confirmed (credibility 1)
    /// assertion already recorded (alive after a confirmed death, or dead before a confirmed later
    /// capture). Other conflicts — with evidence that is credible but not confirmed, or a "missing"
    /// after a known fate — are accepted and make the person contested instead.
    /// </exception>
    public void AssertFate(FateAssertion assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        if (_fateAssertions.Any(a => a.Id == assertion.Id))
        {
            throw new DomainRuleException("fate.duplicate", $"Fate assertion {assertion.Id} is already recorded.");
        }

        if (BirthDate is { } birth && assertion.AsOf.IsDefinitelyBefore(birth))
        {
            throw new DomainRuleException(
                "fate.before-birth",
                $"{assertion.Status} as of {assertion.AsOf} is before the person's birth ({birth}).");
        }

        // The date is a local calendar date somewhere in the world: allow for the furthest time zone
        // (UTC+14) before calling it the future, so an entry made just after midnight in Yerevan stands.
        var latestLocalDay = DateOnly.FromDateTime(assertion.RecordedAt.UtcDateTime.AddHours(14));
        if (latestLocalDay < assertion.AsOf.Earliest)
        {
            throw new DomainRuleException(
                "fate.in-future",
                $"{assertion.Status} as of {assertion.AsOf} is in the future: it was recorded on {assertion.RecordedAt:yyyy-MM-dd}.");
        }

        if (assertion.Evidence.IsCredible)
        {
            var retracted = _fateRetractions.Select(r => r.AssertionId).ToHashSet();
            var binding = _fateAssertions.FirstOrDefault(a =>
                !retracted.Contains(a.Id)
                && a.Evidence.Credibility == Credibility.Confirmed
                && FateTransitions.Exclude(a.Status, a.AsOf, assertion.Status, assertion.AsOf));
            if (binding is not null)
            {
                throw new DomainRuleException(
                    "fate.cannot-follow",
                    $"{assertion.Status} as of {assertion.AsOf} cannot be true together with the confirmed "
                    + $"{binding.Status} as of {binding.AsOf}. If the confirmed assertion is wrong, retract it "
                    + $"with the evidence that shows so; otherwise record this with a lower credibility.");
            }
        }

        _fateAssertions.Add(assertion);
    }

    /// <summary>
    /// The forms of <paramref name="names"/> that <paramref name="withdrawals"/> leave standing, for
    /// readers that load only a person's names and withdrawals instead of the whole person.
    /// </summary>
    public static IReadOnlyList<PersonName> Standing(IReadOnlyList<PersonName> names, IReadOnlyCollection<NameWithdrawal> withdrawals)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(withdrawals);
        return withdrawals.Count == 0 ? names : [.. names.Where((_, i) => withdrawals.All(w => w.NameIndex != i))];
    }

    /// <summary>Puts this record in an identity, as the standing "same person" judgements say.</summary>
    /// <param name="identityId">The identity's id; this record's own id when it stands alone.</param>
    public void BelongTo(Guid identityId)
    {
        if (identityId == Guid.Empty)
        {
            throw new DomainRuleException("person.identity-required", "An identity must be named by a record's id.");
        }

        IdentityId = identityId;
    }

    /// <summary>Withdraws a name form entered wrongly; it stays in <see cref="Names"/> and in the history.</summary>
    /// <exception cref="DomainRuleException">There is no such form, it is already withdrawn, it is the last
    /// form that stands, or no reason is given.</exception>
    public void WithdrawName(NameWithdrawal withdrawal)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        if (withdrawal.NameIndex < 0 || withdrawal.NameIndex >= _names.Count)
        {
            throw new DomainRuleException("name.unknown", $"This person has no name form number {withdrawal.NameIndex + 1}.");
        }

        if (_nameWithdrawals.Any(w => w.NameIndex == withdrawal.NameIndex))
        {
            throw new DomainRuleException("name.already-withdrawn", $"The name form {_names[withdrawal.NameIndex].FullName} is already withdrawn.");
        }

        if (StandingNames.Count == 1)
        {
            throw new DomainRuleException("name.last-form", "A person keeps at least one name form: add the right spelling before withdrawing the last one.");
        }

        if (TextValue.OrNull(withdrawal.Reason) is null)
        {
            throw new DomainRuleException("name.reason-required", "Say why the name form is wrong.");
        }

        _nameWithdrawals.Add(withdrawal);
    }

    /// <summary>Withdraws an assertion that turned out to be wrong; the assertion stays in the history.</summary>
    /// <exception cref="DomainRuleException">The assertion is not this person's or is already retracted.</exception>
    public void RetractFate(FateRetraction retraction)
    {
        ArgumentNullException.ThrowIfNull(retraction);
        if (_fateAssertions.All(a => a.Id != retraction.AssertionId))
        {
            throw new DomainRuleException(
                "retraction.unknown-assertion",
                $"Fate assertion {retraction.AssertionId} is not in this person's history.");
        }

        if (_fateRetractions.Any(r => r.AssertionId == retraction.AssertionId))
        {
            throw new DomainRuleException(
                "retraction.duplicate",
                $"Fate assertion {retraction.AssertionId} is already retracted.");
        }

        _fateRetractions.Add(retraction);
    }

}
