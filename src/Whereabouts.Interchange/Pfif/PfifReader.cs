using System.Globalization;
using System.Text;
using System.Xml;

namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// Reads a PFIF document into person and note records, checking in code what the PFIF 1.4 schema
/// and the specification's prose require, and reporting every problem with its line.
/// </summary>
/// <remarks>
/// <para>The document is read as untrusted input. DTDs are prohibited (so no entity can expand or
/// reach a file or a server), nothing is resolved, and the reader stops once the document passes
/// <see cref="PfifReaderOptions.MaxCharactersInDocument"/>. A field longer than
/// <see cref="PfifReaderOptions.MaxFieldLength"/> is reported and its value ignored.</para>
/// <para>Accepted namespaces are those of PFIF 1.4 and of 1.1, 1.2 and 1.3. Older documents are read
/// into the 1.4 model: <c>first_name</c> becomes <c>given_name</c>, <c>last_name</c>
/// <c>family_name</c>, <c>home_zip</c> <c>home_postal_code</c>, <c>other</c> <c>description</c>,
/// <c>found</c> <c>author_made_contact</c>. For them a person needs its record id and some name
/// rather than the 1.4 set of required fields.</para>
/// <para>Checked: required fields; no field twice in a record; record ids of the form
/// <c>domain/local-id</c>; UTC times; e-mail, telephone, sex, date of birth, age, country, boolean
/// and status values; a note outside a person names its person; a note inside a person names no
/// other person. Outside strict mode a faulty optional value is left out and the record kept; a
/// record that cannot be used (no valid record id, no name, a note without its date or its person)
/// is skipped; a document that is unsafe, not well-formed or not PFIF yields nothing.</para>
/// </remarks>
public sealed class PfifReader
{
    /// <summary>Creates a reader with the given limits, or the defaults.</summary>
    public PfifReader(PfifReaderOptions? options = null)
    {
        Options = options ?? new PfifReaderOptions();
        if (Options.MaxCharactersInDocument <= 0 || Options.MaxFieldLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The limits must be positive.");
        }
    }

    /// <summary>The limits and strictness applied.</summary>
    public PfifReaderOptions Options { get; }

    /// <summary>Reads one PFIF document from <paramref name="input"/>, which is left open.</summary>
    /// <returns>The records kept and every problem found; see <see cref="PfifReadResult.Accepted"/>.</returns>
    public PfifReadResult Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = Options.MaxCharactersInDocument,
            // Without a DTD no entity can be declared; should one ever be, it may not expand
            // (0 would mean "no limit"). Character references and &amp; and the like do not count.
            MaxCharactersFromEntities = 1,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        // A document may declare a legacy code page (windows-1251, koi8-r) in its prolog; .NET reads
        // those only once their provider is registered (process-wide, and harmless to repeat).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var legacy = UndeclaredLegacyText(input);
        using var recorder = new PrologRecorder(legacy is null ? input : new MemoryStream(Encoding.UTF8.GetBytes(legacy), writable: false));
        XmlReader xml;
        try
        {
            xml = XmlReader.Create(recorder, settings);
        }
        catch (XmlException e)
        {
            // The reader decodes the document's first characters as it is made: bytes that are
            // not in the encoding the document declares (or its byte order mark) fail here.
            return NotReadable(e);
        }

        using (xml)
        {
            var result = new Session(xml, Options, recorder).Run();
            return legacy is null ? result : result.With(new PfifIssue(
                1, 0, "pfif", $"the document declares no encoding and is not UTF-8; it was read as {LegacyEncodingName}, the code page of older Russian-language files.", PfifIssueEffect.RecordKept));
        }
    }

    private const string LegacyEncodingName = "windows-1251";

    /// <summary>
    /// The text of a document that declares no encoding (no byte order mark, no <c>encoding</c> in
    /// its XML declaration) and is not UTF-8, read as windows-1251; null for any other document,
    /// whose position is left where it was. Only a seekable stream is looked at.
    /// </summary>
    private string? UndeclaredLegacyText(Stream input)
    {
        if (!input.CanSeek || input.Length - input.Position > Options.MaxCharactersInDocument)
        {
            return null;
        }

        var start = input.Position;
        var bytes = new byte[input.Length - start];
        input.ReadExactly(bytes);
        input.Position = start;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var prolog = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 256));
        var declaration = prolog.TrimStart().StartsWith("<?xml", StringComparison.Ordinal) ? prolog[..Math.Max(prolog.IndexOf("?>", StringComparison.Ordinal), 0)] : string.Empty;
        return declaration.Contains("encoding", StringComparison.Ordinal) ? null : Encoding.GetEncoding(LegacyEncodingName).GetString(bytes);
    }

    private static PfifReadResult NotReadable(XmlException e)
    {
        var issue = new PfifIssue(Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 0), "pfif", "not readable as XML: " + e.Message, PfifIssueEffect.DocumentRejected);
        return new PfifReadResult(null, [], [], [issue], accepted: false);
    }

    private sealed record RawField(string Element, string? Value, int Line, int Column);

    private sealed class RawRecord(string kind, int line, int column)
    {
        public string Kind { get; } = kind;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public Dictionary<string, RawField> Fields { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Extensions { get; } = new(StringComparer.Ordinal);

        public List<RawRecord> Notes { get; } = [];
    }

    private sealed class Session(XmlReader xml, PfifReaderOptions options, PrologRecorder recorder)
    {
        private readonly IXmlLineInfo _position = (IXmlLineInfo)xml;
        private readonly List<PfifIssue> _issues = [];
        private readonly List<PfifPerson> _persons = [];
        private readonly List<PfifNote> _notes = [];
        private string _version = "1.4";
        private string _namespace = PfifSchema.Namespace14;

        private int Line => _position.HasLineInfo() ? _position.LineNumber : 0;

        private int Column => _position.HasLineInfo() ? _position.LinePosition : 0;

        private bool Is14 => string.Equals(_version, "1.4", StringComparison.Ordinal);

        public PfifReadResult Run()
        {
            string? version = null;
            try
            {
                xml.MoveToContent();
                if (xml.NodeType != XmlNodeType.Element || !string.Equals(xml.LocalName, "pfif", StringComparison.Ordinal))
                {
                    return Reject(Line, Column, "the document's root element must be pfif:pfif.");
                }

                version = PfifSchema.VersionOf(xml.NamespaceURI);
                if (version is null)
                {
                    return Reject(Line, Column, $"the namespace '{xml.NamespaceURI}' is not that of PFIF 1.1, 1.2, 1.3 or 1.4 (expected {PfifSchema.Namespace14}).");
                }

                _version = version;
                _namespace = xml.NamespaceURI;
                ReadRoot();
                while (xml.Read())
                {
                    // Read to the end, so that anything malformed after the root is still caught.
                }
            }
            catch (XmlException e)
            {
                // A prohibited DTD is refused without a position; find its line in the document's start.
                return e.LineNumber > 0
                    ? Reject(e.LineNumber, e.LinePosition, Explain(e), version)
                    : Reject(recorder.LineOf("<!DOCTYPE"), 0, Explain(e), version);
            }

            var ordered = _issues.OrderBy(i => i.Line).ThenBy(i => i.Column).ToList();
            if (options.Strict && ordered.Count > 0)
            {
                return new PfifReadResult(version, [], [], ordered, accepted: false);
            }

            return new PfifReadResult(version, _persons, _notes, ordered, accepted: true);
        }

        private string Explain(XmlException e)
        {
            // XmlReader says why in its own words; these two cases deserve a plain reason.
            if (e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                return "a DTD (<!DOCTYPE ...>) is not allowed: PFIF needs none, and DTD entities can expand without limit or read other files.";
            }

            if (e.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal))
            {
                return string.Create(CultureInfo.InvariantCulture, $"the document is larger than the limit of {options.MaxCharactersInDocument:N0} characters.");
            }

            return "not well-formed XML: " + e.Message;
        }

        private PfifReadResult Reject(int line, int column, string message, string? version = null)
        {
            _issues.Add(new PfifIssue(line, column, "pfif", message, PfifIssueEffect.DocumentRejected));
            return new PfifReadResult(version, [], [], _issues.OrderBy(i => i.Line).ThenBy(i => i.Column).ToList(), accepted: false);
        }

        private void Issue(int line, int column, string field, string message, PfifIssueEffect effect) =>
            _issues.Add(new PfifIssue(line, column, field, message, effect));

        private void ReadRoot()
        {
            if (xml.IsEmptyElement)
            {
                return;
            }

            xml.Read();
            while (xml.NodeType != XmlNodeType.EndElement && !xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    IgnoreText("pfif");
                    continue;
                }

                var inPfif = string.Equals(xml.NamespaceURI, _namespace, StringComparison.Ordinal);
                if (inPfif && string.Equals(xml.LocalName, PfifSchema.Person, StringComparison.Ordinal))
                {
                    var person = BuildPerson(ReadRecord(PfifSchema.Person));
                    if (person is not null)
                    {
                        _persons.Add(person);
                    }
                }
                else if (inPfif && string.Equals(xml.LocalName, PfifSchema.Note, StringComparison.Ordinal))
                {
                    var note = BuildNote(ReadRecord(PfifSchema.Note), parent: null);
                    if (note is not null)
                    {
                        _notes.Add(note);
                    }
                }
                else
                {
                    Issue(Line, Column, xml.LocalName, $"<{xml.Name}> is not a PFIF {_version} person or note; it is ignored.", PfifIssueEffect.RecordSkipped);
                    xml.Skip();
                }
            }
        }

        private void IgnoreText(string where)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                Issue(Line, Column, where, "holds text outside any field; it is ignored.", PfifIssueEffect.RecordKept);
            }

            xml.Read();
        }

        // Positioned on the record's start tag; leaves the reader after its end tag.
        private RawRecord ReadRecord(string kind)
        {
            var record = new RawRecord(kind, Line, Column);
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return record;
            }

            xml.Read();
            while (xml.NodeType != XmlNodeType.EndElement && !xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    IgnoreText(kind);
                    continue;
                }

                if (string.Equals(xml.NamespaceURI, PfifExtensions.Namespace, StringComparison.Ordinal))
                {
                    ReadExtension(record);
                    continue;
                }

                if (!string.Equals(xml.NamespaceURI, _namespace, StringComparison.Ordinal))
                {
                    Issue(Line, Column, xml.LocalName, $"<{xml.Name}> is not in the PFIF {_version} namespace; it is ignored.", PfifIssueEffect.RecordKept);
                    xml.Skip();
                    continue;
                }

                var element = xml.LocalName;
                if (string.Equals(kind, PfifSchema.Person, StringComparison.Ordinal) && string.Equals(element, PfifSchema.Note, StringComparison.Ordinal))
                {
                    record.Notes.Add(ReadRecord(PfifSchema.Note));
                    continue;
                }

                var field = PfifSchema.FieldName(kind, _version, element);
                if (field is null)
                {
                    Issue(Line, Column, element, $"is not a field of a PFIF {_version} {kind}; it is ignored.", PfifIssueEffect.RecordKept);
                    xml.Skip();
                    continue;
                }

                var raw = ReadField(element);
                if (!record.Fields.TryAdd(field, raw))
                {
                    Issue(raw.Line, raw.Column, element, "appears more than once in this record; the first is kept.", PfifIssueEffect.RecordKept);
                }
            }

            xml.Read();
            return record;
        }

        // Positioned on an extension field's start tag; leaves the reader after its end tag.
        private void ReadExtension(RawRecord record)
        {
            var element = xml.LocalName;
            if (record.Extensions.Count >= PfifExtensions.MaxFieldsPerRecord && !record.Extensions.ContainsKey(element))
            {
                Issue(Line, Column, element, string.Create(CultureInfo.InvariantCulture, $"the record has more than {PfifExtensions.MaxFieldsPerRecord} extension fields; this one is ignored."), PfifIssueEffect.RecordKept);
                xml.Skip();
                return;
            }

            var raw = ReadField(element);
            if (raw.Value is null)
            {
                Issue(raw.Line, raw.Column, element, string.Create(CultureInfo.InvariantCulture, $"is longer than the limit of {options.MaxFieldLength:N0} characters; the value is ignored."), PfifIssueEffect.RecordKept);
            }
            else if (raw.Value.Length > 0 && !record.Extensions.TryAdd(element, raw.Value))
            {
                Issue(raw.Line, raw.Column, element, "appears more than once in this record; the first is kept.", PfifIssueEffect.RecordKept);
            }
        }

        // Positioned on the field's start tag; leaves the reader after its end tag. A value of
        // null means the text was longer than the limit.
        private RawField ReadField(string element)
        {
            var (line, column) = (Line, Column);
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return new RawField(element, string.Empty, line, column);
            }

            var text = new StringBuilder();
            var tooLong = false;
            xml.Read();
            while (xml.NodeType != XmlNodeType.EndElement && !xml.EOF)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (!tooLong)
                        {
                            var value = xml.Value;
                            tooLong = text.Length + value.Length > options.MaxFieldLength;
                            if (tooLong)
                            {
                                text.Clear();
                            }
                            else
                            {
                                text.Append(value);
                            }
                        }

                        xml.Read();
                        break;
                    case XmlNodeType.Element:
                        Issue(Line, Column, element, $"holds an element <{xml.Name}>, but PFIF fields hold text only; the element is ignored.", PfifIssueEffect.RecordKept);
                        xml.Skip();
                        break;
                    default:
                        xml.Read();
                        break;
                }
            }

            xml.Read();
            return new RawField(element, tooLong ? null : text.ToString().Trim(), line, column);
        }

        private PfifPerson? BuildPerson(RawRecord raw)
        {
            var fields = new FieldReader(this, raw);
            var id = fields.RecordId("person_record_id", required: true, PfifIssueEffect.RecordSkipped);
            var fullName = fields.Lines("full_name");
            var given = fields.Text("given_name");
            var family = fields.Text("family_name");
            var sourceDate = fields.Time("source_date", required: Is14, PfifIssueEffect.RecordKept);
            var usable = id is not null;
            if (fullName.Count == 0)
            {
                var named = given is not null || family is not null;
                if (!named)
                {
                    fields.Missing("full_name", "a person needs a name: full_name, or given_name or family_name, is missing or empty; the person is skipped.", PfifIssueEffect.RecordSkipped);
                    usable = false;
                }
                else if (Is14)
                {
                    fields.Missing("full_name", "required field full_name is missing or empty; the person is kept under its given and family name.", PfifIssueEffect.RecordKept);
                }
            }

            // The notes are checked whether or not the person is kept, so that every problem is reported.
            var notes = raw.Notes.Select(n => BuildNote(n, usable ? id : null, parentSkipped: !usable)).OfType<PfifNote>().ToList();
            var person = new PfifPerson
            {
                PersonRecordId = id ?? string.Empty,
                EntryDate = fields.Time("entry_date"),
                ExpiryDate = fields.Time("expiry_date"),
                AuthorName = fields.Text("author_name"),
                AuthorEmail = fields.Email("author_email"),
                AuthorPhone = fields.Phone("author_phone"),
                SourceName = fields.Text("source_name"),
                SourceDate = sourceDate,
                SourceUrl = fields.Text("source_url"),
                FullName = fullName,
                GivenName = given,
                FamilyName = family,
                AlternateNames = fields.Lines("alternate_names"),
                Description = fields.Text("description"),
                Sex = fields.Sex("sex"),
                DateOfBirth = fields.DateOfBirth("date_of_birth"),
                Age = fields.Age("age"),
                HomeStreet = fields.Text("home_street"),
                HomeNeighborhood = fields.Text("home_neighborhood"),
                HomeCity = fields.Text("home_city"),
                HomeState = fields.Text("home_state"),
                HomePostalCode = fields.Text("home_postal_code"),
                HomeCountry = fields.Country("home_country"),
                PhotoUrl = fields.Text("photo_url"),
                ProfileUrls = fields.Lines("profile_urls"),
                Notes = notes,
                Extensions = raw.Extensions,
                Line = raw.Line,
            };
            return usable ? person : null;
        }

        private PfifNote? BuildNote(RawRecord raw, string? parent, bool parentSkipped = false)
        {
            var fields = new FieldReader(this, raw);
            var nested = parent is not null || parentSkipped;
            var id = fields.RecordId("note_record_id", required: true, PfifIssueEffect.RecordSkipped);
            var personId = fields.RecordId("person_record_id", required: false, nested ? PfifIssueEffect.RecordKept : PfifIssueEffect.RecordSkipped);
            var usable = id is not null;
            if (!nested && personId is null)
            {
                if (!raw.Fields.ContainsKey("person_record_id"))
                {
                    fields.Missing("person_record_id", "a note outside a person record must name its person in person_record_id; the note is skipped.", PfifIssueEffect.RecordSkipped);
                }

                usable = false;
            }

            if (parent is not null && personId is not null && !string.Equals(personId, parent, StringComparison.Ordinal))
            {
                var at = raw.Fields["person_record_id"];
                Issue(at.Line, at.Column, "person_record_id", $"'{personId}' differs from the record the note is nested in ('{parent}'); the note is skipped.", PfifIssueEffect.RecordSkipped);
                usable = false;
            }

            var sourceDate = fields.Time("source_date", required: true, PfifIssueEffect.RecordSkipped);
            usable &= sourceDate is not null;
            var note = new PfifNote
            {
                NoteRecordId = id ?? string.Empty,
                PersonRecordId = parent ?? personId,
                LinkedPersonRecordId = fields.RecordId("linked_person_record_id", required: false, PfifIssueEffect.RecordKept),
                EntryDate = fields.Time("entry_date"),
                AuthorName = fields.RequiredText("author_name"),
                AuthorEmail = fields.Email("author_email"),
                AuthorPhone = fields.Phone("author_phone"),
                SourceDate = sourceDate,
                AuthorMadeContact = fields.Boolean("author_made_contact"),
                Status = fields.Status("status"),
                EmailOfFoundPerson = fields.Email("email_of_found_person"),
                PhoneOfFoundPerson = fields.Phone("phone_of_found_person"),
                LastKnownLocation = fields.Text("last_known_location"),
                Text = fields.RequiredText("text"),
                PhotoUrl = fields.Text("photo_url"),
                Extensions = raw.Extensions,
                Line = raw.Line,
            };
            return usable ? note : null;
        }

        /// <summary>Checks and converts the fields of one raw record, reporting each problem.</summary>
        private sealed class FieldReader(Session session, RawRecord record)
        {
            public void Missing(string field, string message, PfifIssueEffect effect) =>
                session.Issue(record.Line, record.Column, field, message, effect);

            public string? Text(string field) => Get(field, v => v, null, required: false, PfifIssueEffect.RecordKept, keepEmpty: false);

            public string? RequiredText(string field) => Get(field, v => v, null, required: true, PfifIssueEffect.RecordKept, keepEmpty: false);

            public IReadOnlyList<string> Lines(string field) => Text(field) is { } text ? PfifFormat.Lines(text) : [];

            public string? RecordId(string field, bool required, PfifIssueEffect effect) =>
                Get(field, v => PfifFormat.IsRecordId(v) ? v : null, "is not a record id of the form domain/local-id", required, effect, keepEmpty: true);

            public DateTimeOffset? Time(string field, bool required = false, PfifIssueEffect effect = PfifIssueEffect.RecordKept) =>
                Get<DateTimeOffset?>(field, v => PfifFormat.TryParseTime(v, out var t) ? t : null, "is not a UTC time of the form YYYY-MM-DDThh:mm:ssZ", required, effect, keepEmpty: true);

            public string? Email(string field) =>
                Get(field, v => PfifFormat.IsEmail(v) ? v : null, "is not an e-mail address (name@domain)", required: false, PfifIssueEffect.RecordKept, keepEmpty: true);

            public string? Phone(string field) =>
                Get(field, v => PfifFormat.IsPhone(v) ? v : null, "is not a telephone number (digits, spaces and + - ( ) only)", required: false, PfifIssueEffect.RecordKept, keepEmpty: true);

            public PfifSex? Sex(string field) =>
                Get<PfifSex?>(field, v => PfifFormat.TryParseSex(v, out var s) ? s : null, "is not one of female, male, other", required: false, PfifIssueEffect.RecordKept, keepEmpty: true);

            public string? DateOfBirth(string field) =>
                Get(field, v => PfifFormat.IsApproximateDate(v) ? v : null, "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", required: false, PfifIssueEffect.RecordKept, keepEmpty: true);

            public string? Age(string field) =>
                Get(field, v => PfifFormat.IsAge(v) ? v : null, "is not an age in years (N) or a range (N-M)", required: false, PfifIssueEffect.RecordKept, keepEmpty: true);

            public string? Country(string field) =>
                Get(field, v => PfifFormat.IsCountry(v) ? v : null, "is not a two-letter country code in capitals (ISO 3166-1)", required: false, PfifIssueEffect.RecordKept, keepEmpty: true);

            public bool? Boolean(string field) =>
                Get<bool?>(field, v => v switch { "true" => true, "false" => false, _ => null }, "is not true or false", required: false, PfifIssueEffect.RecordKept, keepEmpty: true);

            public PfifNoteStatus? Status(string field) =>
                Get<PfifNoteStatus?>(
                    field,
                    v => PfifFormat.TryParseStatus(v, out var s) ? s : null,
                    "is not one of information_sought, is_note_author, believed_alive, believed_missing, believed_dead",
                    required: false,
                    PfifIssueEffect.RecordKept,
                    keepEmpty: true);

            // keepEmpty: an empty value is checked against the datatype (an empty e-mail is not an
            // e-mail), as a schema validator does; an empty text field is simply absent.
            private T? Get<T>(string field, Func<string, T?> parse, string? problem, bool required, PfifIssueEffect effect, bool keepEmpty)
            {
                var verdict = effect switch
                {
                    PfifIssueEffect.RecordSkipped => "the record is skipped",
                    _ => "the value is ignored",
                };
                if (!record.Fields.TryGetValue(field, out var raw) || (raw.Value is { Length: 0 } && !keepEmpty))
                {
                    if (required)
                    {
                        var reason = raw is null ? "is missing" : "is empty";
                        var consequence = effect == PfifIssueEffect.RecordSkipped ? "the record is skipped" : "the record is kept without it";
                        Missing(field, $"required field {field} {reason}; {consequence}.", effect);
                    }

                    return default;
                }

                if (raw.Value is null)
                {
                    session.Issue(raw.Line, raw.Column, raw.Element, string.Create(CultureInfo.InvariantCulture, $"is longer than the limit of {session.MaxFieldLength:N0} characters; {verdict}."), effect);
                    return default;
                }

                var value = parse(raw.Value);
                if (value is null)
                {
                    session.Issue(raw.Line, raw.Column, raw.Element, $"'{Shorten(raw.Value)}' {problem}; {verdict}.", effect);
                }

                return value;
            }

            private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
        }

        private int MaxFieldLength => options.MaxFieldLength;
    }
}
