using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>
/// The fields of the legal case form, all text: people, counsel and charges one per line. The use
/// case checks them and names what is wrong; a line of the people list that is not an id is reported here.
/// </summary>
internal sealed class LegalCaseForm
{
    public string? Title { get; set; }

    [Display(Name = "Kind of forum")]
    public string? ForumKind { get; set; } = nameof(Domain.ForumKind.EuropeanCourtOfHumanRights);

    [Display(Name = "Court or body")]
    public string? ForumName { get; set; } = "European Court of Human Rights";

    [Display(Name = "Case or application number")]
    public string? Number { get; set; }

    [Display(Name = "Kind of case")]
    public string? Kind { get; set; } = nameof(Domain.LegalCaseKind.InterimMeasuresRequest);

    [Display(Name = "Lodged on")]
    public string? LodgedOn { get; set; }

    [Display(Name = "People (registry ids, one per line)")]
    public string? PersonIds { get; set; }

    [Display(Name = "Counsel (one per line)")]
    public string? Counsel { get; set; }

    [Display(Name = "Charges (one per line)")]
    public string? Charges { get; set; }

    public string? Sentence { get; set; }

    public string? Status { get; set; } = nameof(Domain.LegalCaseStatus.Pending);

    [Display(Name = "Documents")]
    public List<Guid> SourceIds { get; set; } = [];

    public string? Notes { get; set; }

    /// <summary>The use case's input; a line of the people list that is not an id is reported under <paramref name="prefix"/>.</summary>
    public LegalCaseInput ToInput(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var people = new List<Guid>();
        foreach (var line in Lines(PersonIds))
        {
            if (Guid.TryParse(line, out var id))
            {
                people.Add(id);
            }
            else
            {
                modelState.AddModelError(prefix + "." + nameof(PersonIds), $"\"{line}\" is not a registry id; copy the id from the person's dossier.");
            }
        }

        return new LegalCaseInput(Title, ForumKind, ForumName, Number, Kind, LodgedOn, people, Lines(Counsel), Lines(Charges), Sentence, Status, SourceIds, Notes);
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
