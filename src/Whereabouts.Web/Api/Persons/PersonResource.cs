using Whereabouts.Application.Persons;
using Whereabouts.Web.Api.Identities;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A person's dossier as the API returns it; the version is also the response's ETag.</summary>
internal sealed record PersonResource(
    Guid Id,
    int Version,
    bool Invented,
    string DisplayName,
    DetailsResource Details,
    IReadOnlyList<NameResource> Names,
    IReadOnlyList<FateResource> Timeline,
    FateResource? CurrentFate,
    bool Contested,
    IReadOnlyList<DossierConflict> Conflicts,
    IReadOnlyList<IncidentResource> Incidents,
    IReadOnlyList<ChangeResource> History,
    IReadOnlyList<WithdrawalResource> WithdrawnNames)
{
    /// <summary>
    /// The identity the record belongs to when other records are judged the same person (their
    /// names, fates and the fate derived over all of them); null while the record stands alone.
    /// </summary>
    public IdentityResource? Identity { get; init; }

    public static PersonResource From(PersonDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new(
            dossier.Id,
            dossier.Version,
            dossier.IsInvented,
            dossier.DisplayName,
            DetailsResource.From(dossier),
            [.. dossier.Names.Select(NameResource.From)],
            [.. dossier.Timeline.Select(FateResource.From)],
            dossier.CurrentFate is null ? null : FateResource.From(dossier.CurrentFate),
            dossier.IsContested,
            dossier.Conflicts,
            [.. dossier.Incidents.Select(IncidentResource.From)],
            [.. dossier.History.Select(ChangeResource.From)],
            [.. dossier.WithdrawnNames.Select(WithdrawalResource.From)]);
    }
}
