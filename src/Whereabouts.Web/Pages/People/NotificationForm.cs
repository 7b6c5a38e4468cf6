using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Pages.People;

/// <summary>The fields of the family notification form, as text; the use case checks them.</summary>
internal sealed class NotificationForm
{
    [Display(Name = "Told on")]
    public string? ToldOn { get; set; }

    [Display(Name = "Fate conveyed")]
    public string? ConveyedStatus { get; set; }

    [Display(Name = "What they were told")]
    public string? Message { get; set; }

    [Display(Name = "Told by (office or role)")]
    public string? ToldBy { get; set; }

    [Display(Name = "Relative told (relationship only)")]
    public string? Recipient { get; set; }

    [Display(Name = "Evidence it rested on")]
    public List<Guid> SourceIds { get; set; } = [];

    [Display(Name = "Corrects an earlier record")]
    public Guid? CorrectsId { get; set; }

    public NotificationInput ToInput() => new(ToldOn, ConveyedStatus, Message, ToldBy, Recipient, SourceIds, CorrectsId);
}
