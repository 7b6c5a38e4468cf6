using System.Text.Json;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Tables.Tests.Layout;

// This part: the data files themselves. Every phrase listed is recognised as what it is listed
// for, so that no phrase is shadowed by another field's phrase it contains.
public sealed partial class ListReaderTests
{
    public static TheoryData<string, string> HeaderPhrases => Phrases("headers.json");

    public static TheoryData<string, string> FatePhrases => Phrases("fates.json");

    [Theory]
    [MemberData(nameof(HeaderPhrases))]
    public void Read_EveryListedHeader_IsRecognisedAsItsField(string field, string phrase)
    {
        var expected = Enum.Parse<ListField>(field);
        var other = expected is ListField.GivenName ? "Примечание" : "Имя";

        var reading = ListReader.Read(Sheets.Of([phrase.TrimStart('='), other], ["x", "Invented-Aram"]), cancellationToken: Cancel);

        Assert.Equal(expected, reading.Layout.Columns[0].Field);
    }

    [Theory]
    [MemberData(nameof(FatePhrases))]
    public void Read_EveryListedFateWord_GivesItsStatus(string status, string phrase)
    {
        var row = Assert.Single(ListReader.Read(Sheets.Row(("Фамилия", "Invented-Aliyev"), ("Судьба", phrase.TrimStart('='))), cancellationToken: Cancel).Rows);

        Assert.Equal(status, row.Fate);
    }

    private static TheoryData<string, string> Phrases(string resource)
    {
        using var stream = typeof(ListReader).Assembly.GetManifestResourceStream("Whereabouts.Tables.Data." + resource)!;
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var data = new TheoryData<string, string>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            foreach (var phrase in entry.Value.EnumerateArray())
            {
                data.Add(entry.Name, phrase.GetString()!);
            }
        }

        return data;
    }
}
