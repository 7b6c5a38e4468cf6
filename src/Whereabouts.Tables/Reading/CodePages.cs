using System.Text;

namespace Whereabouts.Tables.Reading;

/// <summary>The Windows and KOI8 code pages, which .NET knows only once their provider is registered.</summary>
internal static class CodePages
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        // Process-wide and idempotent in effect: old workbooks and 8-bit lists both need it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Windows-1251 (Cyrillic).</summary>
    public static Encoding Windows1251 => Get(1251);

    /// <summary>KOI8-R (Cyrillic, as older Unix and mail systems wrote Russian).</summary>
    public static Encoding Koi8R => Get(20866);

    /// <summary>Windows-1252 (Western European Latin).</summary>
    public static Encoding Windows1252 => Get(1252);

    /// <summary>Makes sure the code pages can be asked for.</summary>
    public static void Register() => _ = Registered.Value;

    private static Encoding Get(int codePage)
    {
        Register();
        return Encoding.GetEncoding(codePage);
    }
}
