using Whereabouts.Domain;

namespace Whereabouts.Application.Exports;

/// <summary>
/// The tables of a registry snapshot, format version <see cref="FormatVersion"/>. A person's names,
/// fate assertions and retractions, a pair of records' judgements, a place's names, an incident's places and parties and a legal
/// case's people, counsel, charges, sources and proceedings, and an exchange's parties, mediators,
/// sources and transfers are tables of their own that name
/// their owner, so that every CSV file is flat and every list keeps its order (<c>position</c>).
/// </summary>
public static class SnapshotSchema
{
    /// <summary>The format this schema writes and the only one an import reads.</summary>
    public const string Format = "whereabouts-snapshot";

    /// <summary>Bumped when a table or column is renamed or removed, or its meaning changes.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// One row per party to the conflict: its slug, which the side columns of the other tables hold,
    /// and its names. Older snapshots have no such table; their sides (<c>Armenian</c>,
    /// <c>Unknown</c>) read as slugs in any case, "unknown" as no party (docs/adr/0016).
    /// </summary>
    public static SnapshotTable Parties { get; } = new(
        "parties",
        Text("slug", required: true),
        Text("name_en", required: true),
        Text("name_hy"),
        Text("name_ru"),
        Text("name_az"));

    /// <summary>One row per person: identity and details. Names, fates and retractions follow in their own tables.</summary>
    public static SnapshotTable People { get; } = new(
        "people",
        Id("id", required: true),
        new("invented", SnapshotColumnKind.Boolean, Required: true),
        Enum<Sex>("sex", required: true),
        Date("birth_date"),
        Id("birth_place_id"),
        Text("side"),
        Enum<ServiceRole>("role", required: true),
        Text("force"),
        Text("rank"),
        Text("unit"),
        Text("service_number"));

    /// <summary>One row per name form, in the person's order: position 0 is the primary name.</summary>
    public static SnapshotTable Names { get; } = new(
        "names",
        Id("person_id", required: true),
        Integer("position", required: true),
        Text("given_name"),
        Text("family_name"),
        Text("patronymic"),
        Text("origin"),
        Id("source_id"));

    /// <summary>One row per fate assertion, with its evidence.</summary>
    public static SnapshotTable Fates { get; } = new(
        "fates",
        Id("id", required: true),
        Id("person_id", required: true),
        Enum<FateStatus>("status", required: true),
        Date("as_of", required: true),
        Id("source_id", required: true),
        Text("quote"),
        Text("locator"),
        Enum<Credibility>("credibility", required: true),
        Id("incident_id"),
        Id("place_id"),
        Text("note"),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true));

    /// <summary>One row per retraction of a fate assertion, with the evidence that shows it wrong.</summary>
    public static SnapshotTable Retractions { get; } = new(
        "retractions",
        Id("id", required: true),
        Id("person_id", required: true),
        Id("assertion_id", required: true),
        Text("reason", required: true),
        Id("source_id", required: true),
        Text("quote"),
        Text("locator"),
        Enum<Credibility>("credibility", required: true),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true));

    /// <summary>
    /// One row per withdrawn name form: the form (its position in <see cref="Names"/>, which keeps
    /// withdrawn forms) and who withdrew it, when, why and on what evidence.
    /// </summary>
    public static SnapshotTable NameWithdrawals { get; } = new(
        "name-withdrawals",
        Id("person_id", required: true),
        Integer("position", required: true),
        Text("reason", required: true),
        Id("source_id"),
        Text("quote"),
        Text("locator"),
        Text("withdrawn_by", required: true),
        Timestamp("withdrawn_at", required: true));

    /// <summary>
    /// One row per pair of registry records that may be one person: the two records (the lesser id
    /// first), how the pair came about and, when the linkage engine proposed it, the engine's
    /// probability, weight and explanation (JSON). Where the pair stands follows from
    /// <see cref="PairJudgements"/>. Older snapshots have no such table: their records stand alone.
    /// </summary>
    public static SnapshotTable PersonPairs { get; } = new(
        "person-pairs",
        Id("id", required: true),
        Id("first_person_id", required: true),
        Id("second_person_id", required: true),
        Enum<PairOrigin>("origin", required: true),
        Number("probability"),
        Number("weight"),
        Text("explanation"));

    /// <summary>
    /// One row per judgement on a pair, in the order made (<c>position</c>): the decision (for an
    /// undo, the decision it went back to), who judged, when and why, and whether the judge
    /// confirmed joining records that differ in side or service number. Nothing is left out: the
    /// records' identities are what the judgements leave standing.
    /// </summary>
    public static SnapshotTable PairJudgements { get; } = new(
        "pair-judgements",
        Id("pair_id", required: true),
        Integer("position", required: true),
        Id("id", required: true),
        Enum<MatchDecision>("decision", required: true),
        new("is_undo", SnapshotColumnKind.Boolean, Required: true),
        Text("actor", required: true),
        Timestamp("at", required: true),
        Text("note"),
        new("confirmed", SnapshotColumnKind.Boolean, Required: true));

    /// <summary>One row per source: its details and the SHA-256 of its archived content (the content itself is not exported).</summary>
    public static SnapshotTable Sources { get; } = new(
        "sources",
        Id("id", required: true),
        Enum<SourceKind>("kind", required: true),
        Text("title", required: true),
        Text("publisher"),
        Text("author"),
        Text("url"),
        Date("published_on"),
        Timestamp("retrieved_at"),
        Enum<Reliability>("reliability", required: true),
        Text("notes"),
        Text("content_sha256"));

    /// <summary>One row per place of the gazetteer.</summary>
    public static SnapshotTable Places { get; } = new(
        "places",
        Id("id", required: true),
        Enum<PlaceKind>("kind", required: true),
        Id("parent_id"),
        Number("latitude"),
        Number("longitude"));

    /// <summary>One row per name of a place, in order: position 0 is the primary name.</summary>
    public static SnapshotTable PlaceNames { get; } = new(
        "place-names",
        Id("place_id", required: true),
        Integer("position", required: true),
        Text("text", required: true),
        Text("language"));

    /// <summary>One row per incident.</summary>
    public static SnapshotTable Incidents { get; } = new(
        "incidents",
        Id("id", required: true),
        Text("name", required: true),
        Date("started_on", required: true),
        Date("ended_on"),
        Text("description"));

    /// <summary>The places an incident happened at, in order.</summary>
    public static SnapshotTable IncidentPlaces { get; } = new(
        "incident-places",
        Id("incident_id", required: true),
        Integer("position", required: true),
        Id("place_id", required: true));

    /// <summary>The parties to an incident, in order.</summary>
    public static SnapshotTable IncidentParties { get; } = new(
        "incident-parties",
        Id("incident_id", required: true),
        Integer("position", required: true),
        Text("party", required: true));

    /// <summary>One row per count claim, with its review state.</summary>
    public static SnapshotTable Claims { get; } = new(
        "claims",
        Id("id", required: true),
        Id("source_id", required: true),
        Integer("count"),
        Integer("count_max"),
        Enum<CountQualifier>("qualifier", required: true),
        Enum<CountCategory>("category", required: true),
        Text("side"),
        Id("incident_id"),
        Id("place_id"),
        Date("as_of"),
        Enum<ClaimStatus>("status", required: true),
        Text("claimed_by"),
        Text("quote", required: true),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true),
        Enum<ClaimReview>("review", required: true),
        Text("reviewed_by"),
        Timestamp("reviewed_at"));

    /// <summary>One row per legal case.</summary>
    public static SnapshotTable LegalCases { get; } = new(
        "legal-cases",
        Id("id", required: true),
        Text("title", required: true),
        Enum<ForumKind>("forum_kind", required: true),
        Text("forum_name", required: true),
        Text("number"),
        Enum<LegalCaseKind>("kind", required: true),
        Date("lodged_on", required: true),
        Text("sentence"),
        Enum<LegalCaseStatus>("status", required: true),
        Text("notes"),
        Text("detaining_party"));

    /// <summary>The people a legal case concerns, in order.</summary>
    public static SnapshotTable LegalCasePeople { get; } = new(
        "legal-case-people",
        Id("legal_case_id", required: true),
        Integer("position", required: true),
        Id("person_id", required: true));

    /// <summary>The counsel of a legal case, in order.</summary>
    public static SnapshotTable LegalCaseCounsel { get; } = new(
        "legal-case-counsel",
        Id("legal_case_id", required: true),
        Integer("position", required: true),
        Text("counsel", required: true));

    /// <summary>The charges of a legal case, in order.</summary>
    public static SnapshotTable LegalCaseCharges { get; } = new(
        "legal-case-charges",
        Id("legal_case_id", required: true),
        Integer("position", required: true),
        Text("charge", required: true));

    /// <summary>The sources a legal case cites, in order.</summary>
    public static SnapshotTable LegalCaseSources { get; } = new(
        "legal-case-sources",
        Id("legal_case_id", required: true),
        Integer("position", required: true),
        Id("source_id", required: true));

    /// <summary>One row per proceeding in a legal case.</summary>
    public static SnapshotTable Proceedings { get; } = new(
        "proceedings",
        Id("id", required: true),
        Id("legal_case_id", required: true),
        Date("on", required: true),
        Enum<ProceedingKind>("kind", required: true),
        Text("description", required: true),
        Id("source_id"),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true));

    /// <summary>One row per exchange of prisoners or remains. The fates it gave its people are rows of <see cref="Fates"/>.</summary>
    public static SnapshotTable Exchanges { get; } = new(
        "exchanges",
        Id("id", required: true),
        Date("date", required: true),
        Enum<ExchangeTerms>("terms", required: true),
        Text("terms_text"),
        Id("place_id"),
        Text("route"),
        Id("incident_id"),
        Text("notes"),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true));

    /// <summary>The parties to an exchange, in order.</summary>
    public static SnapshotTable ExchangeParties { get; } = new(
        "exchange-parties",
        Id("exchange_id", required: true),
        Integer("position", required: true),
        Text("party", required: true));

    /// <summary>Who mediated or carried out an exchange, in order.</summary>
    public static SnapshotTable ExchangeMediators { get; } = new(
        "exchange-mediators",
        Id("exchange_id", required: true),
        Integer("position", required: true),
        Text("mediator", required: true));

    /// <summary>The sources an exchange rests on, in order: position 0 is the default evidence of each transfer.</summary>
    public static SnapshotTable ExchangeSources { get; } = new(
        "exchange-sources",
        Id("exchange_id", required: true),
        Integer("position", required: true),
        Id("source_id", required: true));

    /// <summary>The named people who went each way in an exchange, in order.</summary>
    public static SnapshotTable ExchangeTransfers { get; } = new(
        "exchange-transfers",
        Id("exchange_id", required: true),
        Integer("position", required: true),
        Id("person_id", required: true),
        Text("received_by", required: true),
        Enum<TransferKind>("kind", required: true),
        Id("source_id"),
        Text("handed_over_by"));

    /// <summary>
    /// One row per event of captivity (the capture notified, confirmed by the ICRC, a visit, a
    /// capture card, a message), with its retraction when it was retracted. Older snapshots have no
    /// such table: their registries had no events.
    /// </summary>
    public static SnapshotTable CaptivityEvents { get; } = new(
        "captivity-events",
        Id("id", required: true),
        Id("person_id", required: true),
        Enum<CaptivityEventKind>("kind", required: true),
        Date("occurred_on", required: true),
        Text("detaining_party"),
        Text("place"),
        Text("by"),
        Text("note"),
        Id("source_id", required: true),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true),
        Text("retracted_by"),
        Timestamp("retracted_at"),
        Text("retraction_reason"));

    /// <summary>
    /// One row per period of control of a place (who controlled or patrolled it, or that it was
    /// contested, by one source), with its retraction when it was retracted. Older snapshots have no
    /// such table: their registries had no periods.
    /// </summary>
    public static SnapshotTable PlaceControls { get; } = new(
        "place-controls",
        Id("id", required: true),
        Id("place_id", required: true),
        Enum<ControlKind>("kind", required: true),
        Text("party"),
        Text("holder"),
        Date("from", required: true),
        Date("to"),
        Id("source_id", required: true),
        Text("locator"),
        Text("note"),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true),
        Text("retracted_by"),
        Timestamp("retracted_at"),
        Text("retraction_reason"));

    /// <summary>
    /// One row per step in checking a source or a file (docs/adr/0029): about a source (source_id)
    /// or a file by its SHA-256 (file_sha256), never both; methods are names separated by spaces
    /// (Geolocation Chronolocation IdentityOfPeople SourceContact Metadata). Older snapshots have no
    /// such table: their registries verified nothing.
    /// </summary>
    public static SnapshotTable VerificationSteps { get; } = new(
        "verification-steps",
        Id("id", required: true),
        Id("source_id"),
        Text("file_sha256"),
        Enum<VerificationState>("state", required: true),
        Text("methods"),
        Text("note"),
        Text("recorded_by", required: true),
        Timestamp("recorded_at", required: true));

    /// <summary>
    /// One row per evidence file: its SHA-256, length and type read from its bytes, who first added
    /// it when. The bytes are not in the snapshot: copy the files folder with it (docs/adr/0028);
    /// a file whose bytes are absent is named as missing by <c>whereabouts files verify</c>. Older
    /// snapshots have no such table: their registries had no files.
    /// </summary>
    public static SnapshotTable Files { get; } = new(
        "files",
        Text("sha256", required: true),
        Integer("length", required: true),
        Text("media_type", required: true),
        Text("added_by", required: true),
        Timestamp("added_at", required: true));

    /// <summary>One row per attachment of a file to a source, with its detachment when it was detached.</summary>
    public static SnapshotTable SourceFiles { get; } = new(
        "source-files",
        Id("id", required: true),
        Id("source_id", required: true),
        Text("sha256", required: true),
        Text("file_name", required: true),
        Text("description"),
        Text("attached_by", required: true),
        Timestamp("attached_at", required: true),
        Text("detached_by"),
        Timestamp("detached_at"),
        Text("detach_reason"));

    /// <summary>Every table, in the order they are written (referenced tables before the ones that refer to them).</summary>
    public static IReadOnlyList<SnapshotTable> Tables { get; } =
    [
        Parties, Sources, Places, PlaceNames, Incidents, IncidentPlaces, IncidentParties,
        People, Names, Fates, Retractions, NameWithdrawals, PersonPairs, PairJudgements, Claims,
        LegalCases, LegalCasePeople, LegalCaseCounsel, LegalCaseCharges, LegalCaseSources, Proceedings,
        Exchanges, ExchangeParties, ExchangeMediators, ExchangeSources, ExchangeTransfers,
        CaptivityEvents,
        PlaceControls,
        Files, SourceFiles,
        VerificationSteps,
    ];

    /// <summary>The table of a name, or null when the format has no such table.</summary>
    public static SnapshotTable? Find(string name) => Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    private static SnapshotColumn Id(string name, bool required = false) => new(name, SnapshotColumnKind.Id, required);

    private static SnapshotColumn Text(string name, bool required = false) => new(name, SnapshotColumnKind.Text, required);

    private static SnapshotColumn Date(string name, bool required = false) => new(name, SnapshotColumnKind.Date, required);

    private static SnapshotColumn Timestamp(string name, bool required = false) => new(name, SnapshotColumnKind.Timestamp, required);

    private static SnapshotColumn Integer(string name, bool required = false) => new(name, SnapshotColumnKind.WholeNumber, required);

    private static SnapshotColumn Number(string name, bool required = false) => new(name, SnapshotColumnKind.Number, required);

    private static SnapshotColumn Enum<T>(string name, bool required = false)
        where T : struct, System.Enum => new(name, SnapshotColumnKind.Enum, required, typeof(T));
}
