using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Everything the registry holds about one person, as a caseworker or a lawyer reads it: the
/// details, every name form, the whole fate history with its evidence, the current fate and whether
/// credible sources disagree about it, the incidents involved, and who changed what.
/// </summary>
/// <param name="Id">The person.</param>
/// <param name="Version">The number of saved edits; send it back to edit (an older one is refused).</param>
/// <param name="IsInvented">True for invented demo people.</param>
/// <param name="DisplayName">The first registered name form, written out.</param>
/// <param name="Details">The descriptive details.</param>
/// <param name="BirthPlaceName">The name of <see cref="PersonDetails.BirthPlaceId"/>, or null when none is recorded.</param>
/// <param name="Names">Every name form that stands (not withdrawn), the first registered first.</param>
/// <param name="Timeline">Every fate assertion, retracted ones included, by the date it refers to and then by when it was recorded.</param>
/// <param name="CurrentFate">The assertion that decides the current fate (also in <paramref name="Timeline"/>), or null when none is recorded.</param>
/// <param name="IsContested">True when credible assertions contradict each other: the current fate must not be presented as settled.</param>
/// <param name="Conflicts">The contradicting pairs behind <paramref name="IsContested"/>.</param>
/// <param name="Incidents">The incidents the fate history names, earliest first.</param>
/// <param name="WithdrawnNames">The spellings withdrawn as entered wrongly, in the order withdrawn: kept in the dossier, no longer the person's names.</param>
/// <param name="History">The audit log's entries about this person (its details, names and fates), newest first.</param>
/// <param name="RecordedOn">The day the dossier was read as recorded on (<see cref="Reports.RecordedDay"/>), or null for the dossier as it stands now.</param>
public sealed record PersonDossier(
    Guid Id,
    int Version,
    bool IsInvented,
    string DisplayName,
    PersonDetails Details,
    string? BirthPlaceName,
    IReadOnlyList<DossierName> Names,
    IReadOnlyList<DossierFate> Timeline,
    DossierFate? CurrentFate,
    bool IsContested,
    IReadOnlyList<DossierConflict> Conflicts,
    IReadOnlyList<DossierIncident> Incidents,
    IReadOnlyList<DossierChange> History,
    IReadOnlyList<DossierWithdrawal> WithdrawnNames,
    DateOnly? RecordedOn = null);
