using Whereabouts.Linkage.Settings;

namespace Whereabouts.Linkage.Tests.Settings;

public sealed class LinkageSettingsTests
{
    [Fact]
    public void Parse_FebrlSettingsFile_ReadsFieldsRulesAndSeparator()
    {
        var settings = LinkageSettings.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "bench", "settings", "febrl.json")), "febrl.json");

        Assert.Equal("rec_id", settings.IdColumn);
        Assert.Equal(", ", settings.Separator);
        Assert.Equal(10, settings.Fields.Count);
        Assert.Equal(ComparisonKind.Date, settings.Fields.Single(f => f.Name == "date_of_birth").Comparison);
        Assert.Contains(settings.Blocking, rule => rule.SequenceEqual(["given_name", "surname"]));
    }

    [Theory]
    [InlineData("{ \"fields\": [] }", "no fields")]
    [InlineData("{ \"fields\": [{ \"name\": \"a\" }], \"blocking\": [] }", "no blocking rules")]
    [InlineData("{ \"fields\": [{ \"name\": \"a\" }], \"blocking\": [[\"b\"]] }", "names 'b', which is not a field")]
    [InlineData("{ \"fields\": [{ \"name\": \"a\", \"comparison\": \"soundex\" }], \"blocking\": [[\"a\"]] }", "not valid settings JSON")]
    [InlineData("{ \"fields\": [{ \"name\": \"a\" }], \"blocking\": [[\"a\"]], \"threshold\": 1.5 }", "between 0 and 1")]
    [InlineData("{ \"fields\": [{ \"name\": \"a\" }], \"blocking\": [[\"a:suffix2\"]] }", "is not a blocking key")]
    [InlineData("{ \"feilds\": [] }", "not valid settings JSON")]
    public void Parse_BadSettings_SaysWhatIsWrong(string json, string expected)
    {
        var error = Assert.Throws<LinkageInputException>(() => LinkageSettings.Parse(json, "s.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("s.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextWithALoneSurrogate_IsRefusedAsAnInputError()
    {
        // Found by the property tests: the serializer's transcoding error escaped as ArgumentException.
        var error = Assert.Throws<LinkageInputException>(() => LinkageSettings.Parse("{ \"id_column\": \"\ud83d\" }", "s.json"));

        Assert.Contains("not valid settings JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForPersonLists_SomeColumns_ComparesAndBlocksOnlyThose()
    {
        var settings = LinkageSettings.ForPersonLists(["id", "family_name", "birth_date"]);

        Assert.Equal(["family_name", "birth_date"], settings.Fields.Select(f => f.Name));
        Assert.Equal([["family_name", "birth_date:year"]], settings.Blocking.Select(r => r.ToArray()));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Whereabouts.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
