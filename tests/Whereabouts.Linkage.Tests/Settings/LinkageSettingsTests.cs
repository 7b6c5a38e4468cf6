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
    [InlineData("{ \"fields\": [{ \"name\": \"a\" }], \"blocking\": [[\"a:initials\"]] }", "only a person_name field has")]
    [InlineData("{ \"fields\": [{ \"name\": \"a\", \"name_columns\": { \"full\": \"n\" } }], \"blocking\": [[\"a\"]] }", "need a person_name or patronymic comparison")]
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

        Assert.Equal(["name", "birth_date"], settings.Fields.Select(f => f.Name));
        Assert.Equal([["name"], ["name:family", "birth_date:year"], ["name:initials", "birth_date"]], settings.Blocking.Select(r => r.ToArray()));
    }

    [Fact]
    public void ForPersonLists_FullNameColumn_ReadsNameAndPatronymicFromAnyNameColumn()
    {
        var settings = LinkageSettings.ForPersonLists(["id", "full_name", "given_name", "family_name", "patronymic"]);

        var name = settings.Fields.Single(f => f.Name == "name");
        Assert.Equal(ComparisonKind.PersonName, name.Comparison);
        Assert.Equal(["given_name", "family_name", "patronymic", "full_name"], name.NameColumns!.All);
        Assert.Equal(name.NameColumns, settings.Fields.Single(f => f.Name == "patronymic").NameColumns);
        Assert.Contains(settings.Blocking, rule => rule.SequenceEqual(["name:given", "patronymic"]));
        Assert.Contains(settings.Blocking, rule => rule.SequenceEqual(["name:family", "patronymic"]));
    }

    [Fact]
    public void Parse_PersonNameFieldWithNameColumns_ReadsTheColumns()
    {
        const string json = """
            { "fields": [ { "name": "who", "comparison": "person_name", "name_columns": { "full": "fio", "given": "first" } } ],
              "blocking": [ [ "who" ], [ "who:initials" ] ] }
            """;

        var settings = LinkageSettings.Parse(json, "s.json");

        Assert.Equal("fio", settings.Fields[0].NameColumns!.Full);
        Assert.Equal("first", settings.Fields[0].NameColumns!.Given);
        Assert.Null(settings.Fields[0].NameColumns!.Family);
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
