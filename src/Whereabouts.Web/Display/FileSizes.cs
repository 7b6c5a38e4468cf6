using System.Globalization;
using System.Resources;

namespace Whereabouts.Web.Display;

/// <summary>A file's size as people read it, in the reader's culture ("1,5 МБ"); the units are in <c>Resources/Display/FileSizes.*.resx</c>.</summary>
internal static class FileSizes
{
    private static readonly ResourceManager Resources = new("Whereabouts.Web.Resources.Display.FileSizes", typeof(SharedResource).Assembly);

    /// <summary>The size in bytes, kilobytes, megabytes or gigabytes (of 1024), one decimal above bytes.</summary>
    public static string Of(long bytes)
    {
        const double Kilo = 1024;
        var culture = CultureInfo.CurrentCulture;
        return bytes switch
        {
            < 1024 => Unit("{0} bytes").Replace("{0}", bytes.ToString("N0", culture), StringComparison.Ordinal),
            < 1024 * 1024 => Unit("{0} KB").Replace("{0}", (bytes / Kilo).ToString("N1", culture), StringComparison.Ordinal),
            < 1024L * 1024 * 1024 => Unit("{0} MB").Replace("{0}", (bytes / Kilo / Kilo).ToString("N1", culture), StringComparison.Ordinal),
            _ => Unit("{0} GB").Replace("{0}", (bytes / Kilo / Kilo / Kilo).ToString("N1", culture), StringComparison.Ordinal),
        };
    }

    private static string Unit(string english) => Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;
}
