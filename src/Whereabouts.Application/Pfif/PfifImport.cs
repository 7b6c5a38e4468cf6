using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Storage;

namespace Whereabouts.Application.Pfif;

/// <summary>
/// Imports a PFIF document into the registry in one transaction: the document becomes a source,
/// each person record a person with its name forms, and each note whose status says something
/// about the fate a fate assertion resting on that source.
/// </summary>
/// <remarks>
/// <para><b>Nothing half-done.</b> The document is read and checked, and every record mapped and
/// checked against the registry's rules, before anything is saved; the save is one transaction with
/// its audit entries. A rejected document (unsafe, malformed, too large, not PFIF, or any problem in
/// strict mode) changes nothing.</para>
/// <para><b>No duplicates.</b> A file imported before (same SHA-256, kept on its source) is
/// recognised and changes nothing. Otherwise records already in the registry are skipped one by
/// one: people and assertions get identities derived from their PFIF record ids
/// (<see cref="PfifRecordIds"/>), so a later file with some of the same records adds only the new
/// ones, and new notes about a known person are added to that person.</para>
/// <para><b>What maps.</b> <c>given_name</c>/<c>family_name</c> make the first name form; each line of
/// <c>full_name</c> and <c>alternate_names</c> makes a further form, split into given and family
/// name at its last space (a guess PFIF forces: its full names are not split). Every form notes the
/// record id as its origin. <c>sex</c> female and male map (other is recorded as unknown);
/// <c>date_of_birth</c> maps at its precision; a single <c>age</c> without a date of birth becomes
/// an approximate birth year. Notes map as <see cref="PfifFates"/> describes, dated by their
/// <c>source_date</c>, quoting their text; a note that carries the registry's own status, date and
/// credibility in the extension fields (a Whereabouts export, <see cref="PfifRegistryFields"/>) keeps
/// them, and a person keeps its invented flag and side the same way. Addresses, photographs, profile pages and descriptions
/// have no place in the registry and are not kept.</para>
/// <para><b>Contacts are not stored.</b> <c>author_email</c>, <c>author_phone</c>,
/// <c>email_of_found_person</c> and <c>phone_of_found_person</c> are counted and dropped: the
/// registry has no field that only the case's caseworker may read, every stored value is shown to
/// every reader of the dossier and copied for ever into the hash-chained audit log, and a family's
/// telephone number in the wrong hands endangers them. The file itself, kept by whoever imported
/// it, remains the place to look them up. Authors' names are kept, in the assertion's note, because
/// "who says so" is what the registry is for.</para>
/// </remarks>
public sealed class PfifImport(
    WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock, IApiKeyOwnerCache? owners = null, Parties.PartyNamesCache? partyNames = null)
{
    private const int ChunkSize = 500;
    private const int MaxNameLength = 200;
    private const int MaxTitleLength = 500;
    private const int MaxQuoteLength = 4000;
    private const int MaxNoteLength = 4000;

    /// <summary>Imports the PFIF document in <paramref name="input"/>.</summary>
    /// <returns>What changed, and every problem found.</returns>
    /// <exception cref="ArgumentException">The options name an unusable domain.</exception>
    public async Task<PfifImportResult> ImportAsync(Stream input, PfifImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new PfifImportOptions();
        var ownDomain = PfifRecordIds.CheckDomain(options.OwnDomain);
        var bytes = await ReadBoundedAsync(input, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"the document is larger than the limit of {options.MaxDocumentBytes:N0} bytes.");
            return PfifImportResult.Unchanged(PfifImportOutcome.Rejected, [new PfifIssue(0, 0, "pfif", message, PfifIssueEffect.DocumentRejected)]);
        }

        await using var context = database.CreateContext(actor.Name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var earlier = await context.Sources.AsNoTracking()
            .Where(s => s.ContentSha256 == hash)
            .Select(s => new { s.Id, s.Title })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            return PfifImportResult.Unchanged(PfifImportOutcome.AlreadyImported, [], earlier.Id, earlier.Title);
        }

        var reader = new PfifReader(new PfifReaderOptions
        {
            MaxCharactersInDocument = options.MaxDocumentBytes,
            MaxFieldLength = options.MaxFieldLength,
            Strict = options.Strict,
        });
        PfifReadResult read;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            read = reader.Read(stream);
        }

        if (!read.Accepted)
        {
            return PfifImportResult.Unchanged(PfifImportOutcome.Rejected, read.Issues);
        }

        var plan = new Plan(read, Guid.NewGuid(), ownDomain, actor.Name, clock.GetUtcNow());
        await plan.MapPeopleAsync(context, cancellationToken).ConfigureAwait(false);
        await plan.MapNotesAsync(context, cancellationToken).ConfigureAwait(false);
        var issues = plan.Issues.OrderBy(i => i.Line).ThenBy(i => i.Column).ToList();
        if (options.Strict && issues.Count > 0)
        {
            return PfifImportResult.Unchanged(PfifImportOutcome.Rejected, issues);
        }

        if (plan.NewPeople.Count == 0 && plan.AssertionsAdded == 0)
        {
            return plan.Result(PfifImportOutcome.NothingNew, null, null, issues);
        }

        var source = new Source(plan.SourceId, new SourceDetails(
            SourceKind.List,
            SourceTitle(options, read, plan.Now),
            RetrievedAt: plan.Now,
            Reliability: Reliability.F,
            Notes: SourceNotes(options, read, plan)));
        source.RecordArchivedContent(bytes);
        context.Sources.Add(source);
        context.Parties.AddRange(plan.NewParties);
        context.People.AddRange(plan.NewPeople);
        IReadOnlyList<string> demoKeys = [];
        if (DemoGuard.AddsRealPeople(context))
        {
            try
            {
                await DemoGuard.RefuseBesideInventedAsync(context, options.AllowDemoData, cancellationToken).ConfigureAwait(false);
            }
            catch (ValidationFailedException e)
            {
                return PfifImportResult.Unchanged(PfifImportOutcome.Rejected, [new PfifIssue(0, 0, DemoGuard.AllowField, e.Errors[DemoGuard.AllowField][0], PfifIssueEffect.DocumentRejected)]);
            }

            demoKeys = await DemoGuard.RetireDemoAdministratorAsync(context, plan.Now, cancellationToken).ConfigureAwait(false);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        owners?.Forget(demoKeys);
        if (plan.NewParties.Count > 0)
        {
            partyNames?.Forget();
        }

        return plan.Result(PfifImportOutcome.Imported, source.Id, source.Title, issues);
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream input, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string SourceTitle(PfifImportOptions options, PfifReadResult read, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(options.SourceTitle))
        {
            return Clip(options.SourceTitle.Trim(), MaxTitleLength)!;
        }

        var names = read.Persons.Select(p => p.SourceName).Where(n => n is not null).Distinct(StringComparer.Ordinal).ToList();
        var from = names.Count == 1 ? $" ({names[0]})" : string.Empty;
        var title = options.FileName is { } file && Path.GetFileName(file) is { Length: > 0 } name
            ? $"PFIF file {name}{from}"
            : string.Create(CultureInfo.InvariantCulture, $"PFIF document imported {now:yyyy-MM-dd HH:mm} UTC{from}");
        return Clip(title, MaxTitleLength)!;
    }

    private static string SourceNotes(PfifImportOptions options, PfifReadResult read, Plan plan)
    {
        var file = options.FileName is { } name ? $" (file {Path.GetFileName(name)})" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"PFIF {read.Version} document{file} imported by {plan.Actor} on {plan.Now:yyyy-MM-dd HH:mm} UTC: "
            + $"{plan.NewPeople.Count} people and {plan.AssertionsAdded} fate assertions added from {read.Persons.Count} person and {plan.NotesRead} note records. "
            + $"Contact details in the file ({plan.ContactsDropped} e-mail addresses and telephone numbers) were deliberately not stored.")
            + (plan.NewParties.Count == 0 ? string.Empty : $" Parties added as the file names them: {string.Join(", ", plan.NewParties.Select(p => p.Slug))}.");
    }

    private static string? Clip(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 4), " […]");

    /// <summary>The registry records a document maps to, built and checked before anything is saved.</summary>
    private sealed class Plan(PfifReadResult read, Guid sourceId, string ownDomain, string actor, DateTimeOffset now)
    {
        private readonly Dictionary<string, Person> _byRecordId = new(StringComparer.Ordinal);
        private readonly HashSet<string> _unusable = new(StringComparer.Ordinal);
        private readonly HashSet<string> _parties = new(StringComparer.Ordinal);
        private int _personsAlreadyPresent;
        private int _notesAlreadyPresent;
        private int _notesWithoutFate;
        private int _recordsSkipped = read.Issues.Count(i => i.Effect == PfifIssueEffect.RecordSkipped);

        public Guid SourceId { get; } = sourceId;

        public string Actor { get; } = actor;

        public DateTimeOffset Now { get; } = now;

        public List<PfifIssue> Issues { get; } = [.. read.Issues];

        public List<Person> NewPeople { get; } = [];

        public List<Party> NewParties { get; } = [];

        public int AssertionsAdded { get; private set; }

        public int NotesRead { get; } = read.Persons.Sum(p => p.Notes.Count) + read.Notes.Count;

        public int ContactsDropped { get; } = CountContacts(read);

        public PfifImportResult Result(PfifImportOutcome outcome, Guid? id, string? title, IReadOnlyList<PfifIssue> issues) => new(
            outcome,
            id,
            title,
            outcome == PfifImportOutcome.Imported ? NewPeople.Count : 0,
            outcome == PfifImportOutcome.Imported ? NewPeople.Sum(p => p.Names.Count) : 0,
            NotesRead,
            outcome == PfifImportOutcome.Imported ? AssertionsAdded : 0,
            _notesWithoutFate,
            _personsAlreadyPresent,
            _notesAlreadyPresent,
            _recordsSkipped,
            ContactsDropped,
            issues);

        public async Task MapPeopleAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
        {
            var ids = read.Persons
                .Where(p => p.PersonRecordId.Length <= PfifRecordIds.MaxRecordIdLength)
                .Select(p => PfifRecordIds.PersonId(p.PersonRecordId, ownDomain))
                .ToList();
            var present = await ExistingAsync(context.People.AsNoTracking().Select(p => p.Id), ids, cancellationToken).ConfigureAwait(false);
            _parties.UnionWith(await context.Parties.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken).ConfigureAwait(false));
            foreach (var record in read.Persons)
            {
                var recordId = record.PersonRecordId;
                if (recordId.Length > PfifRecordIds.MaxRecordIdLength)
                {
                    Skip(record.Line, "person_record_id", $"is longer than {PfifRecordIds.MaxRecordIdLength} characters, too long to keep; the person and its notes are skipped.");
                    _unusable.Add(recordId);
                    continue;
                }

                var id = PfifRecordIds.PersonId(recordId, ownDomain);
                if (present.Contains(id))
                {
                    _personsAlreadyPresent++;
                    continue;
                }

                if (_byRecordId.ContainsKey(recordId) || _unusable.Contains(recordId))
                {
                    Skip(record.Line, "person_record_id", $"'{recordId}' appears a second time in the document; the first record is kept.");
                    continue;
                }

                var person = ToPerson(record, id);
                if (person is null)
                {
                    _unusable.Add(recordId);
                    continue;
                }

                _byRecordId[recordId] = person;
                NewPeople.Add(person);
            }
        }

        public async Task MapNotesAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
        {
            var notes = read.Persons.SelectMany(p => p.Notes).Concat(read.Notes).ToList();
            var withFate = notes
                .Where(n => PfifFates.ToRegistry(n.Status) is not null && n.NoteRecordId.Length <= PfifRecordIds.MaxRecordIdLength)
                .ToList();
            var recorded = await ExistingAsync(
                context.FateAssertions.AsNoTracking().Select(a => a.Id),
                withFate.Select(n => PfifRecordIds.NoteId(n.NoteRecordId, ownDomain)).ToList(),
                cancellationToken).ConfigureAwait(false);

            // People already in the registry that notes speak about are loaded (tracked) to take the new assertions.
            var wanted = withFate
                .Select(n => n.PersonRecordId!)
                .Where(r => r.Length <= PfifRecordIds.MaxRecordIdLength && !_byRecordId.ContainsKey(r))
                .Distinct(StringComparer.Ordinal)
                .Select(r => PfifRecordIds.PersonId(r, ownDomain))
                .ToList();
            var registered = new Dictionary<Guid, Person>();
            foreach (var chunk in wanted.Chunk(ChunkSize))
            {
                var found = await context.People.AsSplitQuery().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var person in found)
                {
                    registered[person.Id] = person;
                }
            }

            var seen = new HashSet<Guid>();
            foreach (var note in notes)
            {
                if (PfifFates.ToRegistry(note.Status) is not { } fate)
                {
                    _notesWithoutFate++;
                    continue;
                }

                if (note.NoteRecordId.Length > PfifRecordIds.MaxRecordIdLength)
                {
                    Skip(note.Line, "note_record_id", $"is longer than {PfifRecordIds.MaxRecordIdLength} characters, too long to keep; the note is skipped.");
                    continue;
                }

                var id = PfifRecordIds.NoteId(note.NoteRecordId, ownDomain);
                if (recorded.Contains(id))
                {
                    _notesAlreadyPresent++;
                    continue;
                }

                if (!seen.Add(id))
                {
                    Skip(note.Line, "note_record_id", $"'{note.NoteRecordId}' appears a second time in the document; the first note is kept.");
                    continue;
                }

                var personRecordId = note.PersonRecordId!;
                var person = _byRecordId.GetValueOrDefault(personRecordId)
                    ?? (personRecordId.Length <= PfifRecordIds.MaxRecordIdLength ? registered.GetValueOrDefault(PfifRecordIds.PersonId(personRecordId, ownDomain)) : null);
                if (person is null)
                {
                    var why = _unusable.Contains(personRecordId)
                        ? $"its person '{personRecordId}' could not be registered"
                        : $"its person '{personRecordId}' is neither in this document nor in the registry";
                    Skip(note.Line, "person_record_id", why + "; the note is skipped.");
                    continue;
                }

                // A registry's own export says the exact fate, its day and credibility (PfifRegistryFields).
                var exact = PfifRegistryFields.FateOf(note);
                if (exact is null && note.Extensions.ContainsKey(PfifRegistryFields.StatusField))
                {
                    Keep(note.Line, PfifRegistryFields.StatusField, $"the registry status '{note.Extensions[PfifRegistryFields.StatusField]}' is not well formed or does not agree with the note's status {StatusText(note.Status)}; the note's status is used.");
                }

                var (status, credibility) = exact is { } e ? (e.Status, e.Credibility) : fate;
                try
                {
                    person.AssertFate(ToAssertion(note, id, status, credibility, exact?.AsOf));
                    AssertionsAdded++;
                }
                catch (DomainRuleException refused)
                {
                    Skip(note.Line, "status", $"not recorded as {ExportText.Of(status)}: {refused.Message}");
                }
            }
        }

        private Person? ToPerson(PfifPerson record, Guid id)
        {
            var origin = PfifRecordIds.NameOriginPrefix + record.PersonRecordId;
            var names = new List<PersonName>();
            if (record.GivenName is not null || record.FamilyName is not null)
            {
                AddName(names, record, record.GivenName, record.FamilyName, "given_name", origin);
            }

            foreach (var line in record.FullName)
            {
                var (given, family) = Split(line);
                AddName(names, record, given, family, "full_name", origin);
            }

            foreach (var line in record.AlternateNames)
            {
                var (given, family) = Split(line);
                AddName(names, record, given, family, "alternate_names", origin);
            }

            if (names.Count == 0)
            {
                Skip(record.Line, "full_name", "no name of this person can be registered (see above); the person and its notes are skipped.");
                return null;
            }

            var birth = BirthDate(record);
            if (birth is not null && birth.Earliest > DateOnly.FromDateTime(Now.UtcDateTime.AddHours(14)))
            {
                Keep(record.Line, "date_of_birth", $"{birth} is in the future; the person is kept without a date of birth.");
                birth = null;
            }

            // Invented people stay invented: by the registry's field, or by the marker older exports wrote.
            var invented = PfifRegistryFields.IsInvented(record)
                || (record.Description?.StartsWith(PfifExport.InventedMarker, StringComparison.Ordinal) ?? false);
            var person = new Person(id, names[0], new PersonDetails(Sex: ToSex(record.Sex), BirthDate: birth, Side: SideOf(record)), invented);
            foreach (var name in names.Skip(1))
            {
                person.AddName(name);
            }

            return person;
        }

        private void AddName(List<PersonName> names, PfifPerson record, string? given, string? family, string field, string origin)
        {
            var written = string.Join(' ', new[] { given, family }.Where(p => p is not null));
            if (written.Length > MaxNameLength)
            {
                Keep(record.Line, field, $"'{written[..40]}...' is longer than {MaxNameLength} characters and is not registered as a name form.");
                return;
            }

            try
            {
                var name = new PersonName(given, family, origin: origin, sourceId: SourceId);
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
            catch (DomainRuleException e)
            {
                Keep(record.Line, field, $"'{written}' is not registered as a name form: {e.Message}");
            }
        }

        // The party a person's extension fields name: one of this registry's, or one the file names
        // in words, which is added; otherwise the person is kept without a side and the issue says why.
        private string? SideOf(PfifPerson record)
        {
            var (written, names) = PfifRegistryFields.SideOf(record);
            if (written is null)
            {
                return null;
            }

            if (!Party.IsSlug(written))
            {
                Keep(record.Line, PfifRegistryFields.SideField, $"'{written}' is not a party's slug; the person is kept without a side.");
                return null;
            }

            var slug = Party.NormalizeSlug(written);
            if (_parties.Contains(slug))
            {
                return slug;
            }

            if (names is null)
            {
                Keep(record.Line, PfifRegistryFields.SideField, $"'{slug}' is not a party of this registry and the file does not name it; the person is kept without a side.");
                return null;
            }

            try
            {
                NewParties.Add(new Party(slug, names));
                _parties.Add(slug);
                return slug;
            }
            catch (DomainRuleException e)
            {
                Keep(record.Line, PfifRegistryFields.SideField, $"the party '{slug}' cannot be added ({e.Message}); the person is kept without a side.");
                return null;
            }
        }

        private static (string? Given, string Family) Split(string line)
        {
            var collapsed = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var space = collapsed.LastIndexOf(' ');
            return space < 0 ? (null, collapsed) : (collapsed[..space], collapsed[(space + 1)..]);
        }

        private static Sex ToSex(PfifSex? sex) => sex switch
        {
            PfifSex.Female => Sex.Female,
            PfifSex.Male => Sex.Male,
            PfifSex.Other or null => Sex.Unknown,
            _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Unknown PFIF sex."),
        };

        private static PartialDate? BirthDate(PfifPerson record)
        {
            if (record.DateOfBirth is not null)
            {
                return PartialDate.TryParse(record.DateOfBirth, out var date, out _) ? date : null;
            }

            // "35" years old as of the record's date: born that many years before, give or take one.
            if (record.Age is { } age && !age.Contains('-', StringComparison.Ordinal)
                && record.SourceDate is { } asOf
                && int.TryParse(age, NumberStyles.None, CultureInfo.InvariantCulture, out var years)
                && years < asOf.Year)
            {
                return PartialDate.OfYear(asOf.Year - years).Approximately();
            }

            return null;
        }

        private FateAssertion ToAssertion(PfifNote note, Guid id, FateStatus status, Credibility credibility, PartialDate? asOf)
        {
            var details = new List<string>
            {
                asOf is null
                    ? $"PFIF note with status {StatusText(note.Status)}, imported at credibility {(int)credibility} (an unverified people-finder note)"
                    : $"PFIF note with status {StatusText(note.Status)}; the registry that wrote it recorded {ExportText.Of(status)} as of {asOf} at credibility {(int)credibility}",
            };
            if (note.AuthorName is { } author)
            {
                details.Add("author: " + author);
            }

            if (note.AuthorMadeContact == true)
            {
                details.Add("the author says they have been in contact with the person");
            }

            if (note.LastKnownLocation is { } location)
            {
                details.Add("last known location: " + location);
            }

            if (note.LinkedPersonRecordId is { } linked)
            {
                details.Add($"the author marks person record {linked} as the same person");
            }

            return new FateAssertion(
                id,
                status,
                asOf ?? PartialDate.OfDay(DateOnly.FromDateTime(note.SourceDate!.Value.UtcDateTime)),
                new Evidence(SourceId, Clip(note.Text, MaxQuoteLength), PfifRecordIds.NoteLocatorPrefix + note.NoteRecordId, credibility),
                Actor,
                Now,
                note: Clip(string.Join("; ", details) + ".", MaxNoteLength));
        }

        private static string StatusText(PfifNoteStatus? status) => status is { } s ? ExportText.Of(s) : "none";

        private void Skip(int line, string field, string message)
        {
            _recordsSkipped++;
            Issues.Add(new PfifIssue(line, 0, field, message, PfifIssueEffect.RecordSkipped));
        }

        private void Keep(int line, string field, string message) =>
            Issues.Add(new PfifIssue(line, 0, field, message, PfifIssueEffect.RecordKept));

        private static int CountContacts(PfifReadResult read)
        {
            static int Count(params string?[] values) => values.Count(v => v is not null);
            return read.Persons.Sum(p => Count(p.AuthorEmail, p.AuthorPhone))
                + read.Persons.SelectMany(p => p.Notes).Concat(read.Notes)
                    .Sum(n => Count(n.AuthorEmail, n.AuthorPhone, n.EmailOfFoundPerson, n.PhoneOfFoundPerson));
        }

        private static async Task<HashSet<Guid>> ExistingAsync(IQueryable<Guid> table, List<Guid> ids, CancellationToken cancellationToken)
        {
            var present = new HashSet<Guid>();
            foreach (var chunk in ids.Distinct().Chunk(ChunkSize))
            {
                var found = await table.Where(id => chunk.Contains(id)).ToListAsync(cancellationToken).ConfigureAwait(false);
                present.UnionWith(found);
            }

            return present;
        }
    }
}
