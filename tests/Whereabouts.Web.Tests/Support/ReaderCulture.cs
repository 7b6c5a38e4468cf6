using System.Globalization;

namespace Whereabouts.Web.Tests.Support;

/// <summary>Runs code as a request in a reader's language runs: culture and UI culture set, then restored.</summary>
internal static class ReaderCulture
{
    /// <summary>What <paramref name="read"/> returns with both cultures set to <paramref name="name"/>.</summary>
    public static string Of(string name, Func<string> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
