namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// A PFIF person record: someone sought or found, as one repository recorded them, with the notes
/// attached to the record. Field names follow PFIF 1.4; records read from 1.1–1.3 documents carry
/// their old fields under the 1.4 names (<c>first_name</c> as <see cref="GivenName"/>, and so on).
/// </summary>
/// <remarks>
/// <para>Text is kept as the document has it, with leading and trailing white space removed; an
/// empty field counts as absent. Fields PFIF allows to hold several lines (<c>full_name</c>,
/// <c>alternate_names</c>, <c>profile_urls</c>) are split into one entry per non-empty line.</para>
/// <para>Times are UTC. A record read leniently may lack fields PFIF requires
/// (<see cref="SourceDate"/>, <see cref="FullName"/>); the reader says so in its issues.</para>
/// </remarks>
public sealed class PfifPerson
{
    /// <summary>The record's identity: the original repository's domain, a slash, and a local id (<c>example.org/person.17</c>).</summary>
    public required string PersonRecordId { get; init; }

    /// <summary>When the record was entered into the repository that wrote the document.</summary>
    public DateTimeOffset? EntryDate { get; init; }

    /// <summary>When the record is to be deleted from repositories (the author's wish), or null.</summary>
    public DateTimeOffset? ExpiryDate { get; init; }

    /// <summary>Who entered the record.</summary>
    public string? AuthorName { get; init; }

    /// <summary>The author's e-mail address: a contact, sensitive.</summary>
    public string? AuthorEmail { get; init; }

    /// <summary>The author's telephone number: a contact, sensitive.</summary>
    public string? AuthorPhone { get; init; }

    /// <summary>The name of the original repository or organisation.</summary>
    public string? SourceName { get; init; }

    /// <summary>When the original record was created; required by PFIF.</summary>
    public DateTimeOffset? SourceDate { get; init; }

    /// <summary>Where the original record can be seen.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The person's full name, one entry per line (a name in several scripts or languages); required by PFIF 1.4.</summary>
    public IReadOnlyList<string> FullName { get; init; } = [];

    /// <summary>The given name (<c>first_name</c> before PFIF 1.4).</summary>
    public string? GivenName { get; init; }

    /// <summary>The family name (<c>last_name</c> before PFIF 1.4).</summary>
    public string? FamilyName { get; init; }

    /// <summary>Other names or spellings, one per line.</summary>
    public IReadOnlyList<string> AlternateNames { get; init; } = [];

    /// <summary>A free-text description (<c>other</c> before PFIF 1.4).</summary>
    public string? Description { get; init; }

    /// <summary>The sex, or null when not given.</summary>
    public PfifSex? Sex { get; init; }

    /// <summary>The date of birth as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>The age in years as of <see cref="SourceDate"/>: <c>N</c> or a range <c>N-M</c>.</summary>
    public string? Age { get; init; }

    /// <summary>Street address of home.</summary>
    public string? HomeStreet { get; init; }

    /// <summary>Neighbourhood of home.</summary>
    public string? HomeNeighborhood { get; init; }

    /// <summary>City of home.</summary>
    public string? HomeCity { get; init; }

    /// <summary>State or province of home.</summary>
    public string? HomeState { get; init; }

    /// <summary>Postal code of home (<c>home_zip</c> in PFIF 1.1).</summary>
    public string? HomePostalCode { get; init; }

    /// <summary>Country of home, as two capital letters (ISO 3166-1).</summary>
    public string? HomeCountry { get; init; }

    /// <summary>Address of a photograph of the person.</summary>
    public string? PhotoUrl { get; init; }

    /// <summary>Addresses of the person's profiles on other sites, one per line.</summary>
    public IReadOnlyList<string> ProfileUrls { get; init; } = [];

    /// <summary>The notes nested in the record. Each has <see cref="PfifNote.PersonRecordId"/> set to this record's id.</summary>
    public IReadOnlyList<PfifNote> Notes { get; init; } = [];

    /// <summary>
    /// The record's fields in the <see cref="PfifExtensions.Namespace"/> namespace, by local name
    /// (trimmed text; the first of a name wins); empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The line of the record's start tag in the document it was read from, or 0.</summary>
    public int Line { get; init; }
}
