using Whereabouts.Application.Persons;

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
