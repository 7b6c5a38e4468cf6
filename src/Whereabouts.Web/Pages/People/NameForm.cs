using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages.People;

/// <summary>The fields of a name form.</summary>
internal sealed class NameForm
{
    [Display(Name = "Given name")]
    public string? GivenName { get; set; }

    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "Patronymic")]
    public string? Patronymic { get; set; }

    [Display(Name = "Where this spelling comes from")]
    public string? Origin { get; set; }

    [Display(Name = "Source of this spelling")]
    public Guid? SourceId { get; set; }

    public NameInput ToInput() => new(GivenName, FamilyName, Patronymic, Origin, SourceId);
}
