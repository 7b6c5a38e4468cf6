using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A spelling of a person's name to add; a given or a family name is required.</summary>
/// <param name="GivenName">The given name.</param>
/// <param name="FamilyName">The family name.</param>
/// <param name="Patronymic">The patronymic as written.</param>
/// <param name="Origin">Where this spelling comes from, in words.</param>
/// <param name="SourceId">The registered source it was read from, if any.</param>
internal sealed record NameRequest(string? GivenName = null, string? FamilyName = null, string? Patronymic = null, string? Origin = null, Guid? SourceId = null)
{
    public NameInput ToInput() => new(GivenName, FamilyName, Patronymic, Origin, SourceId);
}
