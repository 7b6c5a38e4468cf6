using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Whereabouts.Web.Tests.Localization;

/// <summary>
/// Every text a view or page model asks its localizer for is a key of the resource it reads, so
/// that no English string silently escapes translation. Reads the sources, since the keys are
/// written there.
/// </summary>
public sealed partial class LocalizerKeyTests
{
    [Fact]
    public void EveryViewKey_IsInTheViewsEnglishResource()
    {
        var web = WebProjectFolder();
        var missing = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var keys = LiteralKeys(File.ReadAllText(view), "Localizer").ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var relative = Path.GetRelativePath(web, view);
            var resource = Path.Combine(web, "Resources", Path.ChangeExtension(relative, ".resx"));
            var defined = Defined(resource);
            missing.AddRange(keys.Where(key => !defined.Contains(key)).Select(key => $"{relative}: \"{key}\""));
        }

        Assert.True(missing.Count == 0, $"{missing.Count} texts are missing from the views' resources:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryCodeKey_IsInTheResourceOfItsLocalizersType()
    {
        var web = WebProjectFolder();
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories).Where(path => !IsBuildOutput(web, path)))
        {
            var code = File.ReadAllText(file);
            var owner = LocalizerOwner().Match(code);
            if (!owner.Success)
            {
                continue;
            }

            // The type's resource mirrors its namespace below Whereabouts.Web (ADR 0015).
            var typeName = owner.Groups["type"].Value;
            var folder = Path.GetDirectoryName(Path.GetRelativePath(web, file))!;
            var resource = typeName == "SharedResource"
                ? Path.Combine(web, "Resources", "SharedResource.resx")
                : Path.Combine(web, "Resources", folder, typeName + ".resx");
            var defined = Defined(resource);
            missing.AddRange(LiteralKeys(code, "localizer", "Localizer")
                .Where(key => !defined.Contains(key))
                .Select(key => $"{Path.GetRelativePath(web, file)}: \"{key}\" (expected in {Path.GetRelativePath(web, resource)})"));
        }

        Assert.True(missing.Count == 0, $"{missing.Count} texts are missing from the code's resources:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryLabel_IsInTheSharedResource()
    {
        var web = WebProjectFolder();
        var defined = Defined(Path.Combine(web, "Resources", "SharedResource.resx"));
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories).Where(path => !IsBuildOutput(web, path)))
        {
            var source = File.ReadAllText(file);
            // Labels.Text("…") and Labels.Format("…", …) both look their first argument up.
            var calls = Path.GetFileName(file) == "Labels.cs" ? @"\b(?:Text|Format)\(""((?:[^""\\]|\\.)*)""[,)]" : @"\bLabels\.(?:Text|Format)\(""((?:[^""\\]|\\.)*)""[,)]";
            foreach (Match match in Regex.Matches(source, calls, RegexOptions.None, TimeSpan.FromSeconds(5)))
            {
                var key = Regex.Unescape(match.Groups[1].Value);
                if (!defined.Contains(key))
                {
                    missing.Add($"{Path.GetRelativePath(web, file)}: \"{key}\"");
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} labels are missing from Resources/SharedResource.resx:\n" + string.Join('\n', missing));
    }

    private static IEnumerable<string> LiteralKeys(string source, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (Match match in Regex.Matches(source, $@"\b{name}\[""((?:[^""\\]|\\.)*)""", RegexOptions.None, TimeSpan.FromSeconds(5)))
            {
                yield return Regex.Unescape(match.Groups[1].Value);
            }
        }
    }

    private static HashSet<string> Defined(string resource) => File.Exists(resource)
        ? [.. XDocument.Load(resource).Root!.Elements("data").Select(data => (string)data.Attribute("name")!)]
        : [];

    private static bool IsBuildOutput(string web, string path)
    {
        var relative = Path.GetRelativePath(web, path);
        return relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal);
    }

    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Whereabouts.slnx")))
            {
                return Path.Combine(folder.FullName, "src", "Whereabouts.Web");
            }
        }

        throw new DirectoryNotFoundException("The repository root (Whereabouts.slnx) is not above the test's output folder.");
    }

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>", RegexOptions.None, 5000)]
    private static partial Regex LocalizerOwner();
}
