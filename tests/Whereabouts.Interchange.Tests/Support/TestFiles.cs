namespace Whereabouts.Interchange.Tests.Support;

/// <summary>Our own fixtures under TestData.</summary>
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
}
