using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Incidents;

namespace Whereabouts.Web.Pages.Incidents;

/// <summary>The fields of the incident form; dates stay text for the use case to check.</summary>
internal sealed class IncidentForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Started on")]
    public string? StartedOn { get; set; }

    [Display(Name = "Ended on")]
    public string? EndedOn { get; set; }

    [Display(Name = "What happened")]
    public string? Description { get; set; }

    [Display(Name = "Places")]
    public List<Guid> PlaceIds { get; set; } = [];

    [Display(Name = "Parties involved, one per line")]
    public string? Parties { get; set; }

    /// <summary>The form filled in from a saved incident, parties one per line.</summary>
    public static IncidentForm From(IncidentView saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new IncidentForm
        {
            Name = saved.Name,
            StartedOn = saved.StartedOn.ToString(),
            EndedOn = saved.EndedOn?.ToString(),
            Description = saved.Description,
            PlaceIds = [.. saved.Places.Select(p => p.Id)],
            Parties = string.Join("\n", saved.Parties),
        };
    }

    public IncidentInput ToInput() => new(
        Name,
        StartedOn,
        EndedOn,
        Description,
        PlaceIds,
        [.. (Parties ?? string.Empty).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0)]);
}
