using System.Text;
using System.Xml;

namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// Writes a PFIF 1.4 document one record at a time, so that a large registry is written without
/// holding it in memory: create the writer, write persons (with their nested notes) and notes, then
/// <see cref="Finish"/>.
/// </summary>
/// <remarks>
/// <para>Every record is checked before a byte of it is written: a record that would make the
/// document invalid (no record id of the form <c>domain/local-id</c>, no <c>source_date</c>, no name, a
/// note without author or text, a malformed e-mail) is refused with an <see cref="ArgumentException"/>
/// naming the record and the field. Times are written in UTC to the second
/// (<c>2020-12-14T09:30:00Z</c>); fields are written in the order of the schema, UTF-8 without a byte
/// order mark.</para>
/// <para>A document is complete only after <see cref="Finish"/>; disposing without it leaves the
/// root element open, so an export that failed half-way cannot pass for a whole one.</para>
/// </remarks>
public sealed class PfifWriter : IDisposable
{
    /// <summary>The XML namespace of PFIF 1.4.</summary>
    public const string Namespace = PfifSchema.Namespace14;

    private const string Prefix = "pfif";
    private readonly XmlWriter _xml;
    private readonly Stream _output;
    private bool _finished;

    /// <summary>Starts a document on <paramref name="output"/>, which is left open.</summary>
    public PfifWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
        });
        _xml.WriteStartDocument();
        _xml.WriteStartElement(Prefix, "pfif", Namespace);
        _xml.WriteAttributeString("xmlns", PfifExtensions.Prefix, null, PfifExtensions.Namespace);
    }

    /// <summary>Writes a whole document of <paramref name="persons"/> and top-level <paramref name="notes"/>.</summary>
    /// <exception cref="ArgumentException">A record is not valid PFIF 1.4.</exception>
    public static void Write(Stream output, IEnumerable<PfifPerson> persons, IEnumerable<PfifNote>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(persons);
        using var writer = new PfifWriter(output);
        foreach (var person in persons)
        {
            writer.WritePerson(person);
        }

        foreach (var note in notes ?? [])
        {
            writer.WriteNote(note);
        }

        writer.Finish();
    }

    /// <summary>Writes a person record with its nested notes.</summary>
    /// <exception cref="ArgumentException">The person or one of its notes is not valid PFIF 1.4.</exception>
    public void WritePerson(PfifPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        ThrowIfFinished();
        Check(person);
        foreach (var note in person.Notes)
        {
            Check(note, person.PersonRecordId);
        }

        _xml.WriteStartElement(Prefix, "person", Namespace);
        Field("person_record_id", person.PersonRecordId);
        Field("entry_date", person.EntryDate);
        Field("expiry_date", person.ExpiryDate);
        Field("author_name", person.AuthorName);
        Field("author_email", person.AuthorEmail);
        Field("author_phone", person.AuthorPhone);
        Field("source_name", person.SourceName);
        Field("source_date", person.SourceDate);
        Field("source_url", person.SourceUrl);
        Field("full_name", Join(person.FullName));
        Field("given_name", person.GivenName);
        Field("family_name", person.FamilyName);
        Field("alternate_names", Join(person.AlternateNames));
        Field("description", person.Description);
        Field("sex", person.Sex is { } sex ? PfifFormat.FormatSex(sex) : null);
        Field("date_of_birth", person.DateOfBirth);
        Field("age", person.Age);
        Field("home_street", person.HomeStreet);
        Field("home_neighborhood", person.HomeNeighborhood);
        Field("home_city", person.HomeCity);
        Field("home_state", person.HomeState);
        Field("home_postal_code", person.HomePostalCode);
        Field("home_country", person.HomeCountry);
        Field("photo_url", person.PhotoUrl);
        Field("profile_urls", Join(person.ProfileUrls));
        Extensions(person.Extensions);
        foreach (var note in person.Notes)
        {
            WriteNoteElement(note, person.PersonRecordId);
        }

        _xml.WriteEndElement();
    }

    /// <summary>Writes a note outside any person record; it must name its person.</summary>
    /// <exception cref="ArgumentException">The note is not valid PFIF 1.4.</exception>
    public void WriteNote(PfifNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        ThrowIfFinished();
        Check(note, parent: null);
        WriteNoteElement(note, note.PersonRecordId!);
    }

    /// <summary>Closes the root element and flushes: the document is complete.</summary>
    public void Finish()
    {
        ThrowIfFinished();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        _output.WriteByte((byte)'\n');
        _finished = true;
    }

    /// <summary>Releases the writer. Without <see cref="Finish"/> the document is left incomplete, on purpose.</summary>
    public void Dispose()
    {
        if (_finished)
        {
            _xml.Dispose();
            return;
        }

        // Disposing an XmlWriter closes every open element, which would make a failed export look
        // whole; flush what was written and leave the root open instead.
        _xml.Flush();
    }

    private void WriteNoteElement(PfifNote note, string personRecordId)
    {
        _xml.WriteStartElement(Prefix, "note", Namespace);
        Field("note_record_id", note.NoteRecordId);
        Field("person_record_id", personRecordId);
        Field("linked_person_record_id", note.LinkedPersonRecordId);
        Field("entry_date", note.EntryDate);
        Field("author_name", note.AuthorName);
        Field("author_email", note.AuthorEmail);
        Field("author_phone", note.AuthorPhone);
        Field("source_date", note.SourceDate);
        Field("author_made_contact", note.AuthorMadeContact is { } contact ? (contact ? "true" : "false") : null);
        Field("status", note.Status is { } status ? PfifFormat.FormatStatus(status) : null);
        Field("email_of_found_person", note.EmailOfFoundPerson);
        Field("phone_of_found_person", note.PhoneOfFoundPerson);
        Field("last_known_location", note.LastKnownLocation);
        Field("text", note.Text);
        Field("photo_url", note.PhotoUrl);
        Extensions(note.Extensions);
        _xml.WriteEndElement();
    }

    private void Field(string name, DateTimeOffset? value) => Field(name, value is { } time ? PfifFormat.FormatTime(time) : null);

    private void Field(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        _xml.WriteElementString(Prefix, name, Namespace, value.Trim());
    }

    // After the PFIF fields, in name order, so that two exports of the same records are identical.
    private void Extensions(IReadOnlyDictionary<string, string> fields)
    {
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                _xml.WriteElementString(PfifExtensions.Prefix, XmlConvert.VerifyNCName(name), PfifExtensions.Namespace, value.Trim());
            }
        }
    }

    private static string? Join(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? null : string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The PFIF document is already finished.");
        }
    }

    private static void Check(PfifPerson person)
    {
        var what = $"person {person.PersonRecordId}";
        RecordId(what, "person_record_id", person.PersonRecordId, required: true);
        Required(what, "source_date", person.SourceDate);
        if (person.FullName.All(string.IsNullOrWhiteSpace))
        {
            throw Invalid(what, "full_name", "is required");
        }

        MultiLineFree(what, "given_name", person.GivenName);
        MultiLineFree(what, "family_name", person.FamilyName);
        Pattern(what, "author_email", person.AuthorEmail, PfifFormat.IsEmail, "is not an e-mail address");
        Pattern(what, "author_phone", person.AuthorPhone, PfifFormat.IsPhone, "is not a telephone number");
        Pattern(what, "date_of_birth", person.DateOfBirth, PfifFormat.IsApproximateDate, "is not YYYY, YYYY-MM or YYYY-MM-DD");
        Pattern(what, "age", person.Age, PfifFormat.IsAge, "is not N or N-M");
        Pattern(what, "home_country", person.HomeCountry, PfifFormat.IsCountry, "is not a two-letter country code in capitals");
    }

    private static void Check(PfifNote note, string? parent)
    {
        var what = $"note {note.NoteRecordId}";
        RecordId(what, "note_record_id", note.NoteRecordId, required: true);
        RecordId(what, "person_record_id", note.PersonRecordId, required: parent is null);
        if (parent is not null && note.PersonRecordId is not null && !string.Equals(note.PersonRecordId, parent, StringComparison.Ordinal))
        {
            throw Invalid(what, "person_record_id", $"differs from the record it is nested in ({parent})");
        }

        RecordId(what, "linked_person_record_id", note.LinkedPersonRecordId, required: false);
        Required(what, "source_date", note.SourceDate);
        if (string.IsNullOrWhiteSpace(note.AuthorName))
        {
            throw Invalid(what, "author_name", "is required");
        }

        if (string.IsNullOrWhiteSpace(note.Text))
        {
            throw Invalid(what, "text", "is required");
        }

        Pattern(what, "author_email", note.AuthorEmail, PfifFormat.IsEmail, "is not an e-mail address");
        Pattern(what, "author_phone", note.AuthorPhone, PfifFormat.IsPhone, "is not a telephone number");
        Pattern(what, "email_of_found_person", note.EmailOfFoundPerson, PfifFormat.IsEmail, "is not an e-mail address");
        Pattern(what, "phone_of_found_person", note.PhoneOfFoundPerson, PfifFormat.IsPhone, "is not a telephone number");
    }

    private static void RecordId(string what, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                throw Invalid(what, field, "is required");
            }

            return;
        }

        if (!PfifFormat.IsRecordId(value.Trim()))
        {
            throw Invalid(what, field, $"'{value}' is not a record id of the form domain/local-id");
        }
    }

    private static void Required(string what, string field, DateTimeOffset? value)
    {
        if (value is null)
        {
            throw Invalid(what, field, "is required");
        }
    }

    private static void MultiLineFree(string what, string field, string? value)
    {
        if (value is not null && value.Contains('\n', StringComparison.Ordinal))
        {
            throw Invalid(what, field, "holds more than one line");
        }
    }

    private static void Pattern(string what, string field, string? value, Func<string, bool> valid, string problem)
    {
        if (!string.IsNullOrWhiteSpace(value) && !valid(value.Trim()))
        {
            throw Invalid(what, field, $"'{value}' {problem}");
        }
    }

    private static ArgumentException Invalid(string what, string field, string problem) =>
        new($"PFIF {what}: {field} {problem}.");
}
