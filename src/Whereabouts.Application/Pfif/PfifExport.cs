using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Storage;

namespace Whereabouts.Application.Pfif;

/// <summary>
/// Writes registry people as a PFIF 1.4 document: one person record per person, with one nested
/// note per fate assertion, so that another people finder can take in who is sought and what is
/// known of them.
/// </summary>
/// <remarks>
/// <para>Record ids are <c>DOMAIN/person.GUID</c> and <c>DOMAIN/note.GUID</c> under the configured
/// domain, except for records that came from PFIF, which keep their original ids (as PFIF asks of
/// copies). The first name form is the <c>full_name</c> (with <c>given_name</c> and
/// <c>family_name</c>); the others are <c>alternate_names</c>. A note's status folds the registry's
/// fate into PFIF's three (<see cref="PfifFates.ToPfif"/>); its text says the exact status, the date
/// it refers to, the credibility, the source and the quote. A retracted assertion is written without
/// a status and says it was retracted, and why. <c>source_date</c> of a person is when the registry
/// registered them.</para>
/// <para>What PFIF 1.4 has no field for travels in the extension fields of
/// <see cref="PfifRegistryFields"/>: the invented flag, the side with its names, and each standing
/// note's exact status, date and credibility, so that a registry importing the file keeps them.</para>
/// <para>Invented demo people are marked in the file itself, in the person's
/// <c>description</c>, <c>source_name</c> and every note, so that no copy of the file can pass them
/// off as real. No contact details are written: the registry holds none.</para>
/// </remarks>
public sealed class PfifExport(WhereaboutsDatabase database, TimeProvider clock)
{
    /// <summary>The first line of the description of every invented person in an export.</summary>
    public const string InventedMarker = "INVENTED PERSON: demo data of the Whereabouts registry, not a real person.";

    private const string InventedSourceName = "Whereabouts demo data (invented people)";

    /// <summary>Writes the chosen people to <paramref name="output"/>, in a stable order (by identity).</summary>
    /// <exception cref="ArgumentException">The options name an unusable domain.</exception>
    public async Task<PfifExportResult> ExportAsync(Stream output, PfifExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new PfifExportOptions();
        var domain = PfifRecordIds.CheckDomain(options.Domain);
        var now = clock.GetUtcNow();
        await using var context = database.CreateContext();
        var sources = await context.Sources.AsNoTracking()
            .Select(s => new { s.Id, s.Title, s.Author, s.Publisher })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var authors = sources.ToDictionary(s => s.Id, s => s.Author ?? s.Publisher ?? s.Title);
        var titles = sources.ToDictionary(s => s.Id, s => s.Title);
        var parties = await context.Parties.AsNoTracking().ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var registered = (await context.AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == nameof(Person) && e.Action == "Added")
                .Select(e => new { e.EntityId, e.RecordedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(e => Guid.TryParse(e.EntityId, out _))
            .GroupBy(e => Guid.Parse(e.EntityId))
            .ToDictionary(g => g.Key, g => g.Min(e => e.RecordedAt));

        IQueryable<Person> people = context.People.AsNoTracking().AsSplitQuery();
        if (options.PersonIds is { } wanted)
        {
            var ids = wanted.Distinct().ToList();
            people = people.Where(p => ids.Contains(p.Id));
        }

        if (options.ExcludeInvented)
        {
            people = people.Where(p => !p.IsInvented);
        }

        var (persons, notes, invented) = (0, 0, 0);
        using var writer = new PfifWriter(output);
        await foreach (var person in people.OrderBy(p => p.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var created = registered.TryGetValue(person.Id, out var at) ? at
                : person.FateAssertions.Count > 0 ? person.FateAssertions.Min(a => a.RecordedAt)
                : now;
            var record = ToPfif(person, domain, created, authors, titles, person.Side is { } side ? parties.GetValueOrDefault(side) : null);
            writer.WritePerson(record);
            persons++;
            notes += record.Notes.Count;
            invented += person.IsInvented ? 1 : 0;
        }

        writer.Finish();
        return new PfifExportResult(persons, notes, invented);
    }

    private static PfifPerson ToPfif(
        Person person, string domain, DateTimeOffset created, IReadOnlyDictionary<Guid, string> authors, IReadOnlyDictionary<Guid, string> titles, Party? side)
    {
        var recordId = PfifRecordIds.PersonRecordId(person, domain);
        var primary = person.PrimaryName;
        var alternates = person.StandingNames.Skip(1)
            .Select(n => n.FullName)
            .Where(n => !string.Equals(n, primary.FullName, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var description = new List<string>();
        if (person.IsInvented)
        {
            description.Add(InventedMarker);
        }

        var birth = person.BirthDate;
        if (birth is { IsApproximate: true })
        {
            // PFIF has no approximate dates; say it in words rather than pass an estimate off as known.
            description.Add($"Born about {birth.ToString().TrimStart('~')}.");
        }

        var fate = person.Fate;
        if (fate.Current is { } current)
        {
            var qualifiers = (fate.IsContested ? ", contested" : string.Empty) + (fate.IsCredible ? string.Empty : ", not on credible evidence");
            description.Add($"Current fate in the registry: {ExportText.Of(current.Status)} as of {current.AsOf}{qualifiers}.");
        }

        var retractions = person.FateRetractions.ToDictionary(r => r.AssertionId);
        var notes = person.FateAssertions
            .OrderBy(a => a.AsOf.StatedStart)
            .ThenBy(a => a.RecordedAt)
            .Select(a => ToNote(a, person.IsInvented, domain, retractions.GetValueOrDefault(a.Id), authors, titles))
            .ToList();

        return new PfifPerson
        {
            PersonRecordId = recordId,
            EntryDate = created,
            SourceName = person.IsInvented ? InventedSourceName : $"Whereabouts registry ({domain})",
            SourceDate = created,
            FullName = [primary.FullName],
            GivenName = primary.GivenName,
            FamilyName = primary.FamilyName,
            AlternateNames = alternates,
            Description = description.Count == 0 ? null : string.Join('\n', description),
            Sex = person.Sex switch
            {
                Sex.Male => PfifSex.Male,
                Sex.Female => PfifSex.Female,
                Sex.Unknown => null,
                _ => throw new InvalidOperationException($"Unknown sex {person.Sex}."),
            },
            DateOfBirth = birth is { IsApproximate: false } ? birth.ToString() : null,
            Notes = notes,
            Extensions = PfifRegistryFields.Of(person, side),
        };
    }

    private static PfifNote ToNote(
        FateAssertion assertion,
        bool invented,
        string domain,
        FateRetraction? retraction,
        IReadOnlyDictionary<Guid, string> authors,
        IReadOnlyDictionary<Guid, string> titles)
    {
        var evidence = assertion.Evidence;
        var title = titles.GetValueOrDefault(evidence.SourceId, "(unknown source)");
        var text = new System.Text.StringBuilder();
        if (invented)
        {
            text.Append("About an invented person (demo data). ");
        }

        text.Append(CultureInfo.InvariantCulture, $"{ExportText.Of(assertion.Status)} as of {assertion.AsOf} (credibility {(int)evidence.Credibility} of 6), according to \"{title}\"");
        if (evidence.Quote is { } quote)
        {
            text.Append(CultureInfo.InvariantCulture, $": \"{quote}\"");
        }

        if (evidence.Locator is { } locator)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{locator}]");
        }

        text.Append('.');
        if (retraction is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" RETRACTED on {retraction.RecordedAt:yyyy-MM-dd}: {retraction.Reason}");
        }

        return new PfifNote
        {
            NoteRecordId = PfifRecordIds.NoteRecordId(assertion, domain),
            EntryDate = assertion.RecordedAt,
            AuthorName = authors.GetValueOrDefault(evidence.SourceId, title),
            SourceDate = assertion.RecordedAt,
            Status = retraction is null ? PfifFates.ToPfif(assertion.Status) : null,
            Text = text.ToString(),

            // A retracted assertion says nothing of the fate, in PFIF's fields or in ours.
            Extensions = retraction is null ? PfifRegistryFields.Of(assertion) : new Dictionary<string, string>(StringComparer.Ordinal),
        };
    }
}
