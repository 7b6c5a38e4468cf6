using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Exchanges;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>The fields of an exchange that can be corrected after it is recorded; lists one per line.</summary>
internal sealed class ExchangeRevisionForm
{
    [Display(Name = "Terms")]
    public string? Terms { get; set; }

    [Display(Name = "Terms in words")]
    public string? TermsText { get; set; }

    [Display(Name = "Place or route in words")]
    public string? Route { get; set; }

    [Display(Name = "Parties, one per line")]
    public string? Parties { get; set; }

    [Display(Name = "Mediators, one per line")]
    public string? Mediators { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    /// <summary>The form filled in from the exchange as saved.</summary>
    public static ExchangeRevisionForm From(ExchangeDossier saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new ExchangeRevisionForm
        {
            Terms = saved.Terms.ToString(),
            TermsText = saved.TermsText,
            Route = saved.Route,
            Parties = string.Join("\n", saved.Parties),
            Mediators = string.Join("\n", saved.Mediators),
            Notes = saved.Notes,
        };
    }

    public ExchangeRevision ToRevision() => new(Terms, TermsText, Route, Lines(Parties), Lines(Mediators), Notes);

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
