namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// A PFIF note record: something someone said about a person record at a moment (that they are
/// looking for the person, heard from them, believe them dead), with its author and date.
/// </summary>
/// <remarks>Text is trimmed and an empty field counts as absent, as in <see cref="PfifPerson"/>. A
/// note read from inside a person record always has <see cref="PersonRecordId"/> set to that record's id.</remarks>
public sealed class PfifNote
{
    /// <summary>The note's identity, <c>domain/local-id</c>.</summary>
    public required string NoteRecordId { get; init; }

    /// <summary>The person record the note is about; required for a note outside a person record.</summary>
    public string? PersonRecordId { get; init; }

    /// <summary>A person record the author believes to be the same person (a duplicate), or null.</summary>
    public string? LinkedPersonRecordId { get; init; }

    /// <summary>When the note was entered into the repository that wrote the document.</summary>
    public DateTimeOffset? EntryDate { get; init; }

    /// <summary>Who wrote the note; required by PFIF.</summary>
    public string? AuthorName { get; init; }

    /// <summary>The author's e-mail address: a contact, sensitive.</summary>
    public string? AuthorEmail { get; init; }

    /// <summary>The author's telephone number: a contact, sensitive.</summary>
    public string? AuthorPhone { get; init; }

    /// <summary>When the note was originally written; required by PFIF.</summary>
    public DateTimeOffset? SourceDate { get; init; }

    /// <summary>Whether the author has been in contact with the person since the disaster (<c>found</c> before PFIF 1.4).</summary>
    public bool? AuthorMadeContact { get; init; }

    /// <summary>What the author says about the person, or null.</summary>
    public PfifNoteStatus? Status { get; init; }

    /// <summary>An e-mail address of the person found: a contact, sensitive.</summary>
    public string? EmailOfFoundPerson { get; init; }

    /// <summary>A telephone number of the person found: a contact, sensitive.</summary>
    public string? PhoneOfFoundPerson { get; init; }

    /// <summary>Where the person was last seen or heard of, in words.</summary>
    public string? LastKnownLocation { get; init; }

    /// <summary>The note's text; required by PFIF.</summary>
    public string? Text { get; init; }

    /// <summary>Address of a photograph attached to the note.</summary>
    public string? PhotoUrl { get; init; }

    /// <summary>
    /// The note's fields in the <see cref="PfifExtensions.Namespace"/> namespace, by local name
    /// (trimmed text; the first of a name wins); empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The line of the note's start tag in the document it was read from, or 0.</summary>
    public int Line { get; init; }
}
