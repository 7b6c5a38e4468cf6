using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>How exchange terms and transfers read on the pages.</summary>
internal static class ExchangeLabels
{
    public static string Of(ExchangeTerms terms) => Labels.Of(terms);

    public static string Of(Credibility credibility) => Labels.Of(credibility);

    public static string Of(TransferKind kind) => Labels.Of(kind);
}
