using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;

namespace Whereabouts.Web.Pages.People;

/// <summary>The fields of a fate assertion and its evidence.</summary>
internal sealed class FateForm
{
    [Display(Name = "What happened")]
    public FateStatus? Status { get; set; }

    [Display(Name = "As of")]
    public string? AsOf { get; set; }

    [Display(Name = "Source")]
    public Guid? SourceId { get; set; }

    [Display(Name = "Quote from the source")]
    public string? Quote { get; set; }

    [Display(Name = "Where in the source (locator)")]
    public string? Locator { get; set; }

    [Display(Name = "Credibility of this information")]
    public Credibility? Credibility { get; set; }

    [Display(Name = "Incident")]
    public Guid? IncidentId { get; set; }

    [Display(Name = "Place")]
    public Guid? PlaceId { get; set; }

    [Display(Name = "Note")]
    public string? Note { get; set; }

    /// <summary>True when nothing was filled in (an optional first report left out).</summary>
    public bool IsEmpty =>
        Status is null && string.IsNullOrWhiteSpace(AsOf) && SourceId is null && string.IsNullOrWhiteSpace(Quote)
        && string.IsNullOrWhiteSpace(Locator) && Credibility is null && IncidentId is null && PlaceId is null
        && string.IsNullOrWhiteSpace(Note);

    public FateInput ToInput() => new(Status, AsOf, SourceId, Quote, Locator, Credibility, IncidentId, PlaceId, Note);
}
