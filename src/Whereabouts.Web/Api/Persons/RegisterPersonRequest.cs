using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A person to register: the first spelling of the name, the details, and optionally the first fate assertion.</summary>
/// <param name="GivenName">The given name.</param>
/// <param name="FamilyName">The family name (this or the given name is required).</param>
/// <param name="Patronymic">The patronymic as written.</param>
/// <param name="Origin">Where this spelling comes from, in words.</param>
/// <param name="NameSourceId">The registered source the spelling was read from, if any.</param>
/// <param name="Sex">Unknown, Male or Female.</param>
/// <param name="BirthDate">"2001-05-03", "2001-05", "2001" or "~2001".</param>
/// <param name="BirthPlaceId">A gazetteer place.</param>
/// <param name="Side">The slug of a party of the registry (any case: armenian), or unknown or blank for none recorded.</param>
/// <param name="Role">Unknown, Soldier or Civilian.</param>
/// <param name="Force">The armed force, in words.</param>
/// <param name="Rank">Military rank as written by the source.</param>
/// <param name="Unit">Military unit as written by the source.</param>
/// <param name="ServiceNumber">Service (personal) number.</param>
/// <param name="Fate">The first fate assertion, usually Missing from a family's report; its fields are reported as "fate.asOf" and so on.</param>
/// <param name="ConfirmedNew">True when the registry's likely duplicates (a 409's candidates) were seen and this is a
/// different person: it is registered and each candidate recorded as not the same.</param>
internal sealed record RegisterPersonRequest(
    string? GivenName = null,
    string? FamilyName = null,
    string? Patronymic = null,
    string? Origin = null,
    Guid? NameSourceId = null,
    string? Sex = null,
    string? BirthDate = null,
    Guid? BirthPlaceId = null,
    string? Side = null,
    string? Role = null,
    string? Force = null,
    string? Rank = null,
    string? Unit = null,
    string? ServiceNumber = null,
    FateRequest? Fate = null,
    bool ConfirmedNew = false)
{
    public RegisterPersonInput ToInput()
    {
        // Both parts are parsed before either throws, so one answer names every bad field.
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var details = Collect(errors, () => new DetailsRequest(Sex, BirthDate, BirthPlaceId, Side, Role, Force, Rank, Unit, ServiceNumber).ToInput());
        var fate = Fate is null ? null : Collect(errors, () => Fate.ToInput("fate."));
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return new RegisterPersonInput(new NameInput(GivenName, FamilyName, Patronymic, Origin, NameSourceId), details!, fate, ConfirmedNew);
    }

    private static T? Collect<T>(Dictionary<string, string[]> errors, Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                errors[field] = messages;
            }

            return null;
        }
    }
}
