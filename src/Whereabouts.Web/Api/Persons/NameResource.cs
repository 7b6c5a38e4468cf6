using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>
/// One spelling of a person's name, its script (Latin, Cyrillic, Armenian), where it came from, and
/// its position among all the person's spellings (what a withdrawal names).
/// </summary>
internal sealed record NameResource(
    string? GivenName, string? FamilyName, string? Patronymic, string FullName, string Script, string? Origin, Guid? SourceId, string? Source, int Position)
{
    public static NameResource From(DossierName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(name.GivenName, name.FamilyName, name.Patronymic, name.FullName, name.Script.ToString(), name.Origin, name.SourceId, name.SourceTitle, name.Position);
    }
}
