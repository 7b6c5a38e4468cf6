using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>
/// The fields of the legal case form, all text: people, counsel and charges one per line. People are
/// names or registry ids, resolved by <see cref="PersonLineResolver"/> before the use case checks the rest.
/// </summary>
internal sealed class LegalCaseForm
{
    [Display(Name = "Title")]
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

    [Display(Name = "People (one per line: name or registry id)")]
    public string? PersonIds { get; set; }

    [Display(Name = "Counsel (one per line)")]
    public string? Counsel { get; set; }

    [Display(Name = "Charges (one per line)")]
    public string? Charges { get; set; }

    [Display(Name = "Sentence")]
    public string? Sentence { get; set; }

    [Display(Name = "Status")]
    public string? Status { get; set; } = nameof(Domain.LegalCaseStatus.Pending);

    [Display(Name = "Documents")]
    public List<Guid> SourceIds { get; set; } = [];

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    [Display(Name = "Detaining party")]
    public string? DetainingParty { get; set; }

    /// <summary>The form filled in from a saved case, people written as their names and ids.</summary>
    public static LegalCaseForm From(LegalCaseView saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new LegalCaseForm
        {
            Title = saved.Title,
            ForumKind = saved.ForumKind.ToString(),
            ForumName = saved.ForumName,
            Number = saved.Number,
            Kind = saved.Kind.ToString(),
            LodgedOn = saved.LodgedOn.ToString(),
            PersonIds = string.Join("\n", saved.People.Select(p => $"{p.DisplayName} {p.Id}")),
            Counsel = string.Join("\n", saved.Counsel),
            Charges = string.Join("\n", saved.Charges),
            Sentence = saved.Sentence,
            Status = saved.Status.ToString(),
            SourceIds = [.. saved.Documents.Select(d => d.Id)],
            Notes = saved.Notes,
            DetainingParty = saved.DetainingParty,
        };
    }

    /// <summary>The use case's input, with the people the people box was resolved to.</summary>
    public LegalCaseInput ToInput(IReadOnlyList<Guid> people) =>
        new(Title, ForumKind, ForumName, Number, Kind, LodgedOn, people, Lines(Counsel), Lines(Charges), Sentence, Status, SourceIds, Notes, DetainingParty);

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
