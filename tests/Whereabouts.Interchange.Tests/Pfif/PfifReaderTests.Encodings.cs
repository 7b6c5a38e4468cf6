using System.Text;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Interchange.Tests.Support;

namespace Whereabouts.Interchange.Tests.Pfif;

/// <summary>Legacy code pages and the extension fields of the registry's own exports.</summary>
public sealed partial class PfifReaderTests
{
    private static readonly Encoding Windows1251 = CodePages();

    [Fact]
    public void Read_Windows1251DeclaredInTheProlog_ReadsTheCyrillicNames()
    {
        var xml = PfifInput.Document(PfifInput.Person(extra: "<pfif:family_name>Инвентов</pfif:family_name>"))
            .Replace("encoding=\"UTF-8\"", "encoding=\"windows-1251\"", StringComparison.Ordinal);

        var result = new PfifReader().Read(new MemoryStream(Windows1251.GetBytes(xml), writable: false));

        Assert.True(result.Accepted);
        Assert.Empty(result.Issues);
        Assert.Equal("Инвентов", Assert.Single(result.Persons).FamilyName);
    }

    [Fact]
    public void Read_Windows1251WithoutAnyDeclaration_IsReadAsWindows1251AndSaysSo()
    {
        var xml = PfifInput.Document(PfifInput.Person(extra: "<pfif:family_name>Инвентов</pfif:family_name>"))
            .Replace(" encoding=\"UTF-8\"", string.Empty, StringComparison.Ordinal);

        var result = new PfifReader().Read(new MemoryStream(Windows1251.GetBytes(xml), writable: false));

        Assert.True(result.Accepted);
        Assert.Equal("Инвентов", Assert.Single(result.Persons).FamilyName);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(PfifIssueEffect.RecordKept, issue.Effect);
        Assert.Contains("windows-1251", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExtensionFields_AreKeptByLocalNameWithoutAnIssue()
    {
        var body = PfifInput.Person(extra: """
            <wa:invented>true</wa:invented>
            <wa:side>invented-side</wa:side>
            <pfif:note>
              <pfif:note_record_id>tests.example.org/note.1</pfif:note_record_id>
              <pfif:author_name>Invented Author</pfif:author_name>
              <pfif:source_date>2020-12-15T00:00:00Z</pfif:source_date>
              <pfif:status>believed_alive</pfif:status>
              <pfif:text>Invented.</pfif:text>
              <wa:status>capture_confirmed</wa:status>
            </pfif:note>
            """);
        var xml = PfifInput.Document(body).Replace(
            "xmlns:pfif=\"http://zesty.ca/pfif/1.4\"", "xmlns:pfif=\"http://zesty.ca/pfif/1.4\" xmlns:wa=\"" + PfifExtensions.Namespace + "\"", StringComparison.Ordinal);

        var result = PfifInput.Read(xml, PfifInput.Strict);

        Assert.True(result.Accepted);
        var person = Assert.Single(result.Persons);
        Assert.Equal("true", person.Extensions["invented"]);
        Assert.Equal("invented-side", person.Extensions["side"]);
        Assert.Equal("capture_confirmed", Assert.Single(person.Notes).Extensions["status"]);
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }
}
