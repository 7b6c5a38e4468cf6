using System.Globalization;
using System.Text;
using Whereabouts.Application.Demo;

namespace Whereabouts.Application.Tests.Demo;

/// <summary>Writes every record of a catalogue, IDs and content, as text, so two builds can be compared.</summary>
internal static class CatalogText
{
    public static string Describe(DemoCatalog catalog)
    {
        var text = new StringBuilder();
        foreach (var place in catalog.Places)
        {
            text.Append(CultureInfo.InvariantCulture, $"place {place.Id} {place.Kind} {place.ParentId} ")
                .Append(CultureInfo.InvariantCulture, $"{place.Coordinates?.Latitude:R},{place.Coordinates?.Longitude:R} ")
                .AppendJoin(';', place.Names.Select(n => n.Text + "@" + n.Language))
                .AppendLine();
        }

        foreach (var incident in catalog.Incidents)
        {
            text.Append(CultureInfo.InvariantCulture, $"incident {incident.Id} {incident.Name} {incident.StartedOn} {incident.EndedOn} {incident.Description} ")
                .AppendJoin(';', incident.PlaceIds)
                .Append(' ')
                .AppendJoin(';', incident.Parties)
                .AppendLine();
        }

        foreach (var source in catalog.Sources)
        {
            text.Append(CultureInfo.InvariantCulture, $"source {source.Id} {source.Details}").AppendLine();
        }

        foreach (var claim in catalog.Claims)
        {
            text.Append(CultureInfo.InvariantCulture, $"claim {claim.Id} {claim.Details} {claim.RecordedBy} {claim.RecordedAt:O}").AppendLine();
        }

        foreach (var person in catalog.People)
        {
            text.Append(CultureInfo.InvariantCulture, $"person {person.Id} {person.IsInvented} {person.Details}").AppendLine();
            foreach (var name in person.Names)
            {
                text.Append(CultureInfo.InvariantCulture, $"  name {name}").AppendLine();
            }

            foreach (var a in person.FateAssertions)
            {
                text.Append(CultureInfo.InvariantCulture, $"  fate {a.Id} {a.Status} {a.AsOf} {a.Evidence} {a.IncidentId} {a.PlaceId} {a.Note} {a.RecordedBy} {a.RecordedAt:O}")
                    .AppendLine();
            }
        }

        return text.ToString();
    }
}
