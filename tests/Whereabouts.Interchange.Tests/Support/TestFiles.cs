namespace Whereabouts.Interchange.Tests.Support;

/// <summary>Our own fixtures under TestData, and the external PFIF samples beside the repository.</summary>
internal static class TestFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Pfif", name);

    public static string FixtureText(string name) => File.ReadAllText(Fixture(name));

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{marker}' is not in the text.");
        return index + 1;
    }

    /// <summary>
    /// The folder of the upstream PFIF samples, <c>../shared/data/pfif/samples</c> from the repository
    /// root; the calling test is skipped when it is absent (the samples are not part of the repository).
    /// </summary>
    public static string RequireSamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Whereabouts.slnx")))
            {
                var samples = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", "pfif", "samples"));
                if (Directory.Exists(samples))
                {
                    return samples;
                }

                break;
            }
        }

        Assert.Skip("The PFIF samples (../shared/data/pfif/samples beside the repository) are absent.");
        return null!;
    }
}
