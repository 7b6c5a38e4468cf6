using Whereabouts.Domain;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>How exchange terms and transfers read on the pages.</summary>
internal static class ExchangeLabels
{
    public static string Of(ExchangeTerms terms) => terms switch
    {
        ExchangeTerms.AllForAll => "All for all",
        ExchangeTerms.PrisonersForPrisoners => "Prisoners for prisoners",
        ExchangeTerms.PrisonersForMinefieldMaps => "Prisoners for minefield maps",
        ExchangeTerms.RemainsForRemains => "Remains for remains",
        ExchangeTerms.Other => "Other terms",
        _ => terms.ToString(),
    };

    public static string Of(Credibility credibility) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)credibility} – {credibility}");

    public static string Of(TransferKind kind) => kind switch
    {
        TransferKind.Person => "the person",
        TransferKind.Remains => "remains",
        _ => kind.ToString(),
    };
}
