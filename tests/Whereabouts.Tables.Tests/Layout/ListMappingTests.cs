using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Tests.Layout;

public sealed class ListMappingTests
{
    [Fact]
    public void Parse_EveryProperty_IsRead()
    {
        var mapping = ListMapping.Parse(
            """
            // the invented ministry list's template
            { "sheet": "Лист1", "headerLine": 3, "columns": { "ФИО": "FullName", "f": "unit", "Примечание": "Extra" }, "nameOrder": "familyLast", }
            """,
            "mapping.json");

        Assert.Equal("Лист1", mapping.Sheet);
        Assert.Equal(3, mapping.HeaderLine);
        Assert.Equal(NameOrder.FamilyLast, mapping.NameOrder);
        Assert.Equal(ListField.FullName, mapping.Columns["ФИО"]);
        Assert.Equal(ListField.Unit, mapping.Columns["f"]);
        Assert.Equal(ListField.Extra, mapping.Columns["Примечание"]);
    }

    [Fact]
    public void Parse_EmptyObject_LeavesEverythingToDetection()
    {
        var mapping = ListMapping.Parse("{}", "mapping.json");

        Assert.Null(mapping.Sheet);
        Assert.Null(mapping.HeaderLine);
        Assert.Empty(mapping.Columns);
        Assert.Equal(NameOrder.Detect, mapping.NameOrder);
    }

    [Fact]
    public void ToJson_ParsedBack_GivesTheSameMapping()
    {
        var mapping = new ListMapping
        {
            Sheet = "Ցուցակ",
            HeaderLine = 2,
            Columns = new Dictionary<string, ListField> { ["Ազգանուն Անուն Հայրանուն"] = ListField.FullName, ["AB"] = ListField.ServiceNumber },
            NameOrder = NameOrder.FamilyFirst,
        };

        var json = mapping.ToJson();
        var back = ListMapping.Parse(json, "template");

        Assert.Contains("\"headerLine\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"ServiceNumber\"", json, StringComparison.Ordinal);
        Assert.Contains("Ազգանուն Անուն Հայրանուն", json, StringComparison.Ordinal);
        Assert.Equal(mapping.Sheet, back.Sheet);
        Assert.Equal(mapping.HeaderLine, back.HeaderLine);
        Assert.Equal(mapping.NameOrder, back.NameOrder);
        Assert.Equal(mapping.Columns.OrderBy(c => c.Key, StringComparer.Ordinal), back.Columns.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void ToJson_DefaultMapping_ParsesBackToTheDefault()
    {
        var back = ListMapping.Parse(new ListMapping().ToJson(), "template");

        Assert.Equal(NameOrder.Detect, back.NameOrder);
        Assert.Empty(back.Columns);
    }

    [Theory]
    [InlineData("{", "not valid mapping JSON")]
    [InlineData("[]", "a mapping is a JSON object")]
    [InlineData("{\"columns\": {\"A\": \"Surname\"}}", "\"FamilyName\"")]
    [InlineData("{\"columns\": {\"A\": 3}}", "is not one of")]
    [InlineData("{\"columns\": [\"A\"]}", "\"columns\" is an object")]
    [InlineData("{\"columns\": {\" \": \"FullName\"}}", "empty header")]
    [InlineData("{\"nameOrder\": \"Backwards\"}", "\"FamilyFirst\"")]
    [InlineData("{\"headerLine\": 0}", "line number of 1 or more")]
    [InlineData("{\"headerLine\": \"3\"}", "line number of 1 or more")]
    [InlineData("{\"sheet\": 1}", "\"sheet\" is a sheet's name")]
    [InlineData("{\"colums\": {}}", "no property \"colums\"")]
    [InlineData("\"\ud800\"", "a mapping is a JSON object")]
    public void Parse_BadMapping_IsRefusedSayingWhatIsValid(string json, string expected)
    {
        var error = Assert.Throws<TableInputException>(() => ListMapping.Parse(json, "mapping.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("mapping.json", error.Message, StringComparison.Ordinal);
    }
}
