using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Control;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Reads a record's <see cref="PersonDossierPage"/> through one context and one connection, the
/// record read once and given to each section that needs it (docs/adr/0033). Each part is what its
/// own reader gives (<see cref="PersonDossierQuery"/>, <see cref="PersonIdentityQuery"/>,
/// <see cref="LegalCaseReader"/>, <see cref="ListDepartures"/>, <see cref="ObligationsQuery"/>,
/// <see cref="PlaceControls"/>), and is made by the same code.
/// </summary>
/// <remarks>
/// Each reader used to open its own context and read the record again: 26 statements per page,
/// whose cost at a million people was EF's work per statement, not the database's.
/// </remarks>
public sealed class PersonDossierPageQuery(WhereaboutsDatabase database, ObligationsQuery obligations)
{
    /// <summary>
    /// The page of the record <paramref name="id"/>, its dossier and identity as recorded on
    /// <paramref name="recordedOn"/> (null: as they stand now), or null when there is no such record.
    /// </summary>
    /// <remarks>
    /// As on the page before: the legal cases, the captivity and the place of capture are today's on
    /// a past day's dossier too, and a past day's dossier lists no departures.
    /// </remarks>
    public async Task<PersonDossierPage?> RunAsync(Guid id, DateOnly? recordedOn, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var record = await PersonDossierQuery.ReadPersonAsync(context, id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var dossier = await PersonDossierQuery.OfAsync(context, record, recordedOn, cancellationToken).ConfigureAwait(false);
        var identity = await PersonIdentityQuery.ForDossierAsync(context, record, recordedOn, cancellationToken).ConfigureAwait(false);

        // Nearly every record is alone in its identity: its captivity is that of the record read.
        // Today's identity of several records is read whole, as the captivity section always read it.
        List<Person> records = recordedOn is null && identity.Records.Count == 1
            ? [record]
            : await context.People.AsNoTracking().AsSplitQuery().Where(p => p.IdentityId == record.IdentityId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);

        // The cases about a record alone are all the cases of its identity: who holds a captive by
        // his cases (docs/adr/0026) is found from them. An identity of several records has its
        // cases read by the captivity section, as before.
        var cases = await LegalCaseReader.AboutAsync(context, id, cancellationToken).ConfigureAwait(false);
        return new PersonDossierPage(
            dossier,
            identity,
            await LegalCaseReader.ForPersonAsync(context, cases, cancellationToken).ConfigureAwait(false),
            recordedOn is null ? await ListDepartures.ForIdentityAsync(context, record.IdentityId, cancellationToken).ConfigureAwait(false) : [],
            await obligations.OfIdentityAsync(context, record.IdentityId, records, records.Count == 1 ? cases : null, cancellationToken).ConfigureAwait(false),
            await PlaceControls.AtCaptureAsync(context, record, cancellationToken).ConfigureAwait(false));
    }
}
