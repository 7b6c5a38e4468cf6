using Whereabouts.Application.Persons;

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
            d.Sex.ToString(), d.BirthDate?.ToString(), d.BirthPlaceId, dossier.BirthPlaceName, d.Side.ToString(), d.Role.ToString(),
            d.Force, d.Rank, d.Unit, d.ServiceNumber);
    }
}
