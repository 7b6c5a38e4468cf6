using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>
/// A person as exported: every name form, the descriptive details, the current fate and the sources
/// it rests on. One record per registry record, each with the identity it belongs to
/// (<see cref="IdentityId"/>, its own id when it stands alone): count distinct identities to count
/// people (docs/adr/0017).
/// </summary>
public sealed record PersonExportRecord(
    Guid Id,
    Guid IdentityId,
    bool Invented,
    IReadOnlyList<PersonExportName> Names,
    string Sex,
    string? BirthDate,
    string? BirthPlace,
    string Side,
    string Role,
    string? Force,
    string? Rank,
    string? Unit,
    string? ServiceNumber,
    PersonExportFate? Fate,
    IReadOnlyList<PersonExportSource> Sources)
{
    /// <summary>Builds the record from a person and lookups of place names and source titles.</summary>
    public static PersonExportRecord From(Person person, IReadOnlyDictionary<Guid, string> placeNames, IReadOnlyDictionary<Guid, string> sourceTitles)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(placeNames);
        ArgumentNullException.ThrowIfNull(sourceTitles);
        var summary = person.Fate;
        var fate = summary.Current is { } current
            ? new PersonExportFate(
                ExportText.Of(current.Status),
                current.AsOf.ToString(),
                summary.IsContested,
                summary.IsCredible,
                current.Evidence.SourceId,
                current.Evidence.Quote,
                current.Evidence.Locator,
                (int)current.Evidence.Credibility)
            : null;
        var sources = person.FateAssertions
            .Select(a => a.Evidence.SourceId)
            .Concat(person.FateRetractions.Select(r => r.Evidence.SourceId))
            .Concat(person.StandingNames.Where(n => n.SourceId is not null).Select(n => n.SourceId!.Value))
            .Distinct()
            .Select(id => new PersonExportSource(id, sourceTitles.GetValueOrDefault(id, "(unknown source)")))
            .OrderBy(s => s.Title, StringComparer.Ordinal)
            .ToList();

        return new PersonExportRecord(
            person.Id,
            person.IdentityId,
            person.IsInvented,
            person.StandingNames.Select(n => new PersonExportName(n.GivenName, n.FamilyName, n.Patronymic, ExportText.Of(n.Script), n.Origin)).ToList(),
            ExportText.Of(person.Sex),
            person.BirthDate?.ToString(),
            person.BirthPlaceId is { } place ? placeNames.GetValueOrDefault(place) : null,
            person.Side ?? "unknown",
            ExportText.Of(person.Role),
            person.Force,
            person.Rank,
            person.Unit,
            person.ServiceNumber,
            fate,
            sources);
    }
}
