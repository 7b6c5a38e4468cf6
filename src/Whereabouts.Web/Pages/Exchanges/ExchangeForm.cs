using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>
/// The fields of the exchange form. People are given one per line in the box of the side that
/// received them: a name as a list writes it, in any script, or a registry id (alone or beside a
/// name). <see cref="PersonLineResolver"/> decides who each line is.
/// </summary>
internal sealed class ExchangeForm
{
    [Display(Name = "Date")]
    public string? Date { get; set; }

    [Display(Name = "Terms")]
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

    [Display(Name = "Received by the Armenian side (one person per line: name or id)")]
    public string? ToArmenian { get; set; }

    [Display(Name = "Received by the Azerbaijani side (one person per line: name or id)")]
    public string? ToAzerbaijani { get; set; }

    [Display(Name = "Record people who were not known to be held on that date")]
    public bool AllowNotHeld { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    /// <summary>The use case's input, with the people each box was resolved to.</summary>
    public ExchangeInput ToInput(IEnumerable<Guid> toArmenian, IEnumerable<Guid> toAzerbaijani) => new(
        Date,
        Terms,
        [.. new[] { EvidenceSourceId }.Where(s => s is not null).Select(s => s!.Value).Concat(OtherSourceIds)],
        [.. toArmenian.Select(id => new TransferInput(id, "Armenian")), .. toAzerbaijani.Select(id => new TransferInput(id, "Azerbaijani"))],
        TermsText,
        null,
        Route,
        Lines(Parties),
        Lines(Mediators),
        IncidentId,
        Credibility,
        AllowNotHeld,
        Notes);

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
