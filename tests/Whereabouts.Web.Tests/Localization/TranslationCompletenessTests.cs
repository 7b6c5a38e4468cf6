using System.Collections;
using System.Globalization;
using System.Resources;
using Whereabouts.Web.Localization;

namespace Whereabouts.Web.Tests.Localization;

/// <summary>
/// Every English text of the interface has a translation in every other language of the
/// interface. Read from the built assemblies, as the app reads them, so a translation file that
/// is not compiled in counts as missing.
/// </summary>
public sealed class TranslationCompletenessTests
{
    private static readonly System.Reflection.Assembly Web = typeof(SharedResource).Assembly;

    private static List<string> Resources() =>
    [
        .. Web.GetManifestResourceNames()
            .Where(IsInterfaceText)
            .Order(StringComparer.Ordinal)
            .Select(name => name[..^".resources".Length]),
    ];

    public static TheoryData<string> OtherLanguages()
    {
        var data = new TheoryData<string>();
        foreach (var language in Languages.All.Where(language => language.Code != Languages.Default))
        {
            data.Add(language.Code);
        }

        return data;
    }

    [Fact]
    public void Resources_OfTheWebApp_IncludeTheSharedOneAndTheLayout()
    {
        var names = Resources();

        Assert.Contains("Whereabouts.Web.Resources.SharedResource", names);
        Assert.Contains("Whereabouts.Web.Resources.Pages.Shared._Layout", names);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void EveryResource_InEachLanguage_TranslatesEveryKey(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var missing = new List<string>();
        foreach (var baseName in Resources())
        {
            var manager = new ResourceManager(baseName, Web);
            var translated = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            foreach (var key in Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!))
            {
                if (string.IsNullOrWhiteSpace(translated?.GetString(key)))
                {
                    missing.Add($"{ShortName(baseName)}: \"{key}\"");
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} texts have no {language} translation:\n" + string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void EveryTranslation_KeepsTheKeysPlaceholders(string language)
    {
        // "{0} people" translated without {0} would drop the number; with {1} it would throw.
        var culture = CultureInfo.GetCultureInfo(language);
        var wrong = new List<string>();
        foreach (var baseName in Resources())
        {
            var manager = new ResourceManager(baseName, Web);
            var translated = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            foreach (var key in Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!))
            {
                var text = translated?.GetString(key);
                if (text is not null && !Placeholders(key).SetEquals(Placeholders(text)))
                {
                    wrong.Add($"{ShortName(baseName)}: \"{key}\" → \"{text}\"");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} {language} translations change the placeholders:\n" + string.Join('\n', wrong));
    }

    private static bool IsInterfaceText(string manifestName) =>
        manifestName.StartsWith("Whereabouts.Web.Resources.", StringComparison.Ordinal)
        && manifestName.EndsWith(".resources", StringComparison.Ordinal);

    private static IEnumerable<string> Keys(ResourceSet set)
    {
        foreach (DictionaryEntry entry in set)
        {
            yield return (string)entry.Key;
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+(?:[,:][^}]*)?\}").Select(match => match.Value)];

    private static string ShortName(string baseName) => baseName["Whereabouts.Web.Resources.".Length..];
}
