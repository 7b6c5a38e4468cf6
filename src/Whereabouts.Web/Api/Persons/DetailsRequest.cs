using Whereabouts.Application.Persons;
using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A person's descriptive details, all of them (what is left out becomes unknown).</summary>
/// <param name="Sex">Unknown, Male or Female.</param>
/// <param name="BirthDate">"2001-05-03", "2001-05", "2001" or "~2001".</param>
/// <param name="BirthPlaceId">A gazetteer place.</param>
/// <param name="Side">The slug of a party of the registry (any case: armenian), or unknown or blank for none recorded.</param>
/// <param name="Role">Unknown, Soldier or Civilian.</param>
/// <param name="Force">The armed force, in words.</param>
/// <param name="Rank">Military rank as written by the source.</param>
/// <param name="Unit">Military unit as written by the source.</param>
/// <param name="ServiceNumber">Service (personal) number.</param>
internal sealed record DetailsRequest(
    string? Sex = null,
    string? BirthDate = null,
    Guid? BirthPlaceId = null,
    string? Side = null,
    string? Role = null,
    string? Force = null,
    string? Rank = null,
    string? Unit = null,
    string? ServiceNumber = null)
{
    public DetailsInput ToInput()
    {
        var errors = new ApiFields();
        var input = new DetailsInput(
            errors.Enum<Sex>("sex", Sex) ?? Domain.Sex.Unknown,
            BirthDate,
            BirthPlaceId,
            Side,
            errors.Enum<ServiceRole>("role", Role) ?? ServiceRole.Unknown,
            Force,
            Rank,
            Unit,
            ServiceNumber);
        errors.ThrowIfAny();
        return input;
    }
}
