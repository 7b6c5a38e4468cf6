using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Whereabouts.Application.Exchanges;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>
/// The fields of the exchange form. People are given one per line in the box of the side that
/// received them; a line may hold a name beside the id (as the search lists it), only the id counts.
/// </summary>
internal sealed partial class ExchangeForm
{
    public string? Date { get; set; }

    public string? Terms { get; set; } = nameof(Domain.ExchangeTerms.AllForAll);

    [Display(Name = "Terms in words")]
    public string? TermsText { get; set; }

    [Display(Name = "Place or route in words")]
    public string? Route { get; set; }

    [Display(Name = "Parties, one per line")]
    public string? Parties { get; set; }

    [Display(Name = "Mediators, one per line")]
    public string? Mediators { get; set; }

    [Display(Name = "Incident (its count claims are the announced totals)")]
    public Guid? IncidentId { get; set; }

    [Display(Name = "Source naming the people (the evidence of their new fate)")]
    public Guid? EvidenceSourceId { get; set; }

    [Display(Name = "Other sources")]
    public List<Guid> OtherSourceIds { get; set; } = [];

    [Display(Name = "Credibility of the new fates")]
    public string? Credibility { get; set; } = nameof(Domain.Credibility.ProbablyTrue);

    [Display(Name = "Received by the Armenian side (one person id per line)")]
    public string? ToArmenian { get; set; }

    [Display(Name = "Received by the Azerbaijani side (one person id per line)")]
    public string? ToAzerbaijani { get; set; }

    [Display(Name = "Record people who were not known to be held on that date")]
    public bool AllowNotHeld { get; set; }

    public string? Notes { get; set; }

    /// <summary>The lines of the people boxes that hold no id, to be reported before anything is sent.</summary>
    public IEnumerable<string> LinesWithoutId() =>
        Lines(ToArmenian).Concat(Lines(ToAzerbaijani)).Where(l => !PersonId().IsMatch(l));

    public ExchangeInput ToInput() => new(
        Date,
        Terms,
        [.. new[] { EvidenceSourceId }.Where(s => s is not null).Select(s => s!.Value).Concat(OtherSourceIds)],
        [.. People(ToArmenian, "Armenian"), .. People(ToAzerbaijani, "Azerbaijani")],
        TermsText,
        null,
        Route,
        Lines(Parties),
        Lines(Mediators),
        IncidentId,
        Credibility,
        AllowNotHeld,
        Notes);

    private static IEnumerable<TransferInput> People(string? box, string side) =>
        Lines(box).Select(l => PersonId().Match(l)).Where(m => m.Success).Select(m => new TransferInput(Guid.Parse(m.Value), side));

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex PersonId();
}
