using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Web.Display;

/// <summary>
/// The script a reader of the interface reads names in, and name forms put in that order: an
/// Armenian reader sees Հարությունյան first, a Russian reader Арутюнян, an Azerbaijani or English
/// reader Harutyunyan, each with the person's other forms after it.
/// </summary>
/// <remarks>
/// A name form's script is read from its letters (<see cref="Scripts.Detect"/>), never declared,
/// so a form typed in Cyrillic counts as Cyrillic whatever the list called it. Among forms of the
/// same script the registry's order is kept: the first registered form stays first.
/// </remarks>
internal static class ReaderScript
{
    /// <summary>The script of <paramref name="culture"/>'s language: Armenian for hy, Cyrillic for ru, Latin for az, en and any other.</summary>
    public static NameScript Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName switch
        {
            "hy" => NameScript.Armenian,
            "ru" => NameScript.Cyrillic,
            _ => NameScript.Latin,
        };
    }

    /// <summary>The script of the current request's interface language.</summary>
    public static NameScript Current => Of(CultureInfo.CurrentUICulture);

    /// <summary>
    /// <paramref name="names"/> with the forms written in <paramref name="script"/> first and the
    /// others after them, each group in its original order.
    /// </summary>
    public static IReadOnlyList<T> FirstIn<T>(NameScript script, IEnumerable<T> names, Func<T, string> fullName)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(fullName);

        // OrderBy is stable: forms of one group keep the registry's order.
        return [.. names.OrderBy(name => Scripts.Detect(fullName(name)) == script ? 0 : 1)];
    }
}
