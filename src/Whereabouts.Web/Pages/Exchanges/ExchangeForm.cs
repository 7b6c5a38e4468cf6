using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>
/// The fields of the exchange form. The form names the two parties of the exchange (any two of the
/// registry's parties); people are given one per line in the box of the direction they went: a
/// name as a list writes it, in any script, or a registry id (alone or beside a name).
/// <see cref="PersonLineResolver"/> decides who each line is.
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

    [Display(Name = "First party")]
    public string? FirstParty { get; set; }

    [Display(Name = "Second party")]
    public string? SecondParty { get; set; }

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

    [Display(Name = "Handed over by the first party to the second (one person per line: name or id)")]
    public string? FirstToSecond { get; set; }

    [Display(Name = "Handed over by the second party to the first (one person per line: name or id)")]
    public string? SecondToFirst { get; set; }

    [Display(Name = "Record people who were not known to be held on that date")]
    public bool AllowNotHeld { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    /// <summary>
    /// The use case's input, with the people each box was resolved to; the exchange's parties are
    /// the two chosen, by their English names (as the API records them in words).
    /// </summary>
    public ExchangeInput ToInput(IEnumerable<Guid> firstToSecond, IEnumerable<Guid> secondToFirst, IReadOnlyList<string> partyNames) => new(
        Date,
        Terms,
        [.. new[] { EvidenceSourceId }.Where(s => s is not null).Select(s => s!.Value).Concat(OtherSourceIds)],
        [
            .. firstToSecond.Select(id => new TransferInput(id, SecondParty, HandedOverBy: FirstParty)),
            .. secondToFirst.Select(id => new TransferInput(id, FirstParty, HandedOverBy: SecondParty)),
        ],
        TermsText,
        null,
        Route,
        partyNames,
        Lines(Mediators),
        IncidentId,
        Credibility,
        AllowNotHeld,
        Notes);

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
