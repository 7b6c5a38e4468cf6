using Whereabouts.Application.Persons;
using Whereabouts.Web.Api.Parties;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A person's descriptive details; dates in their text form ("2001", "~2001", "2001-05-03").</summary>
internal sealed record DetailsResource(
    string Sex,
    string? BirthDate,
    Guid? BirthPlaceId,
    string? BirthPlace,
    string Side,
    string Role,
    string? Force,
    string? Rank,
    string? Unit,
    string? ServiceNumber)
{
    public static DetailsResource From(PersonDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var d = dossier.Details;
        return new(
            d.Sex.ToString(), d.BirthDate?.ToString(), d.BirthPlaceId, dossier.BirthPlaceName, SideField.Of(d.Side), d.Role.ToString(),
            d.Force, d.Rank, d.Unit, d.ServiceNumber);
    }
}
