using Whereabouts.Application.Captivity;
using Whereabouts.Application.Control;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Lists;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Everything a record's dossier page shows besides what only some readers may see: the dossier,
/// the identity the record belongs to, its legal cases, its departures from lists, the captivity of
/// its identity and who held the place of its capture (docs/adr/0033).
/// </summary>
/// <param name="Dossier">The record's dossier, as <see cref="PersonDossierQuery"/> gives it.</param>
/// <param name="Identity">The identity, as <see cref="PersonIdentityQuery.ForDossierAsync(Guid, DateOnly?, CancellationToken)"/> gives it.</param>
/// <param name="LegalCases">The cases about the record, as <see cref="LegalCaseReader.ForPersonAsync(Guid, CancellationToken)"/> gives them.</param>
/// <param name="Departures">The pending departures of the identity's records from lists (<see cref="ListDepartures.ForPersonAsync"/>); none for a dossier as recorded on a past day.</param>
/// <param name="Captivity">The captivity of the record's identity today, as <see cref="ObligationsQuery.ForPersonAsync"/> gives it.</param>
/// <param name="CaptureControl">Who held the place of capture, as <see cref="PlaceControls.AtCaptureAsync(Guid, CancellationToken)"/> gives it, or null.</param>
public sealed record PersonDossierPage(
    PersonDossier Dossier,
    PersonIdentity Identity,
    IReadOnlyList<LegalCaseView> LegalCases,
    IReadOnlyList<ListDeparture> Departures,
    CaptivityDossier Captivity,
    PlaceControlAt? CaptureControl);
