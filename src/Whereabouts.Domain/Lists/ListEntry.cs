namespace Whereabouts.Domain;

/// <summary>
/// One row of an imported list (a ministry's list of the missing, the ICRC's list of confirmed
/// captives) as the list wrote it: kept beside the registry's people so that a reviewer can see
/// the two side by side, and so that "who says so?" can be answered with the very row.
/// </summary>
public sealed class ListEntry
{
    /// <summary>Creates a list entry.</summary>
    /// <exception cref="DomainRuleException">The source, row or record id is missing, or the row has no name.</exception>
    public ListEntry(
        Guid id,
        Guid sourceId,
        int line,
        string recordId,
        string? givenName,
        string? familyName,
        string? patronymic,
        string? birthDate,
        string? birthPlace,
        FateStatus? fate = null,
        PartialDate? fateAsOf = null,
        Credibility credibility = Credibility.CannotBeJudged,
        bool isInvented = false,
        string? side = null,
        ListEntryDetails? details = null)
    {
        if (sourceId == Guid.Empty)
        {
            throw new DomainRuleException("list-entry.source-required", "A list entry must name the list (source) it comes from.");
        }

        if (line < 1)
        {
            throw new DomainRuleException("list-entry.line", $"A list entry's line must be 1 or more, not {line}.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        SourceId = sourceId;
        Line = line;
        RecordId = TextValue.OrNull(recordId)
            ?? throw new DomainRuleException("list-entry.record-id-required", "A list entry needs the row's id in its list.");
        GivenName = TextValue.OrNull(givenName);
        FamilyName = TextValue.OrNull(familyName);
        Patronymic = TextValue.OrNull(patronymic);
        if (GivenName is null && FamilyName is null)
        {
            throw new DomainRuleException("list-entry.name-required", "A list entry needs a given or a family name.");
        }

        if (fate is not null && (!Enum.IsDefined(fate.Value) || fateAsOf is null))
        {
            throw new DomainRuleException("list-entry.fate", "A list entry's fate needs a valid status and the date it refers to.");
        }

        BirthDate = TextValue.OrNull(birthDate);
        BirthPlace = TextValue.OrNull(birthPlace);
        Fate = fate;
        FateAsOf = fate is null ? null : fateAsOf;
        Credibility = credibility;
        IsInvented = isInvented;
        Side = Party.Reference("list-entry.side", side);
        details ??= new ListEntryDetails();
        if (!Enum.IsDefined(details.Sex))
        {
            throw new DomainRuleException("list-entry.sex", $"{(int)details.Sex} is not a sex.");
        }

        NameAsWritten = TextValue.OrNull(details.NameAsWritten);
        Sex = details.Sex;
        Rank = TextValue.OrNull(details.Rank);
        Unit = TextValue.OrNull(details.Unit);
        ServiceNumber = TextValue.OrNull(details.ServiceNumber);
        Notes = TextValue.OrNull(details.Notes);
        // The list's other cells, as the tables engine read them: kept like other free text.
        _otherColumns = (details.OtherColumns ?? [])
            .Select(c => (Header: TextValue.OrNull(c.Header) ?? string.Empty, Value: TextValue.OrNull(c.Value)))
            .Where(c => c.Value is not null)
            .Select(c => new ListEntryColumn(c.Header, c.Value!))
            .ToList();
    }

    private readonly List<ListEntryColumn> _otherColumns = [];

    // For the storage layer.
    private ListEntry()
    {
        RecordId = null!;
    }

    /// <summary>The full-name cell as the list wrote it, when the list gave the name in one cell (the parts are read from it).</summary>
    public string? NameAsWritten { get; private init; }

    /// <summary>Sex as the list states it.</summary>
    public Sex Sex { get; private init; }

    /// <summary>Military rank as the list wrote it.</summary>
    public string? Rank { get; private init; }

    /// <summary>Military unit as the list wrote it.</summary>
    public string? Unit { get; private init; }

    /// <summary>Service (personal) number as the list wrote it.</summary>
    public string? ServiceNumber { get; private init; }

    /// <summary>The list's notes on the row.</summary>
    public string? Notes { get; private init; }

    /// <summary>The list's columns the registry does not read, as written: shown to reviewers, never a reason to refuse a row.</summary>
    public IReadOnlyList<ListEntryColumn> OtherColumns => _otherColumns;

    /// <summary>
    /// The slug of the party the list says the row's person belongs to (given with the list, or in a
    /// column of its own), or null when the list does not say. A row is never linked without review
    /// to a person of another party.
    /// </summary>
    public string? Side { get; private init; }

    /// <summary>The entry's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The list it comes from, registered as a source.</summary>
    public Guid SourceId { get; private init; }

    /// <summary>The line of the file the row was read from (the header is line 1).</summary>
    public int Line { get; private init; }

    /// <summary>The row's id in its list.</summary>
    public string RecordId { get; private init; }

    /// <summary>The given name as the list wrote it.</summary>
    public string? GivenName { get; private init; }

    /// <summary>The family name as the list wrote it.</summary>
    public string? FamilyName { get; private init; }

    /// <summary>The patronymic or father's name as the list wrote it.</summary>
    public string? Patronymic { get; private init; }

    /// <summary>The date of birth as the list wrote it.</summary>
    public string? BirthDate { get; private init; }

    /// <summary>The place of birth as the list wrote it.</summary>
    public string? BirthPlace { get; private init; }

    /// <summary>The fate the list states for this person, if any: recorded on the person the entry is linked to.</summary>
    public FateStatus? Fate { get; private init; }

    /// <summary>The date <see cref="Fate"/> refers to.</summary>
    public PartialDate? FateAsOf { get; private init; }

    /// <summary>How credible the list's statement is (1–6).</summary>
    public Credibility Credibility { get; private init; }

    /// <summary>Whether the row is about an invented person (a test or demo list).</summary>
    public bool IsInvented { get; private init; }

    /// <summary>The name as the list wrote it, given name first.</summary>
    public string FullName => string.Join(' ', new[] { GivenName, Patronymic, FamilyName }.Where(p => p is not null));
}
