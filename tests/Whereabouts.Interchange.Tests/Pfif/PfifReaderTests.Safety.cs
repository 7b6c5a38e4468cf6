using System.Text;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Interchange.Tests.Support;

namespace Whereabouts.Interchange.Tests.Pfif;

/// <summary>Untrusted input: DTDs, entities and size limits.</summary>
public sealed partial class PfifReaderTests
{
    [Fact]
    public void Read_ByteOrderMarkFollowedByBytesThatAreNotUtf8_IsRefusedWithAnIssue()
    {
        // Found by the property test: XmlReader decodes the first characters while it is made, so
        // the failure came before the reader's own error handling could see it.
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xDF, 0x3F, .. Encoding.ASCII.GetBytes("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"/>")];

        var result = new PfifReader().Read(new MemoryStream(bytes, writable: false));

        Assert.False(result.Accepted);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((1, PfifIssueEffect.DocumentRejected), (issue.Line, issue.Effect));
        Assert.Contains("not readable as XML", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BillionLaughs_IsRefusedBeforeAnyEntityExpands()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE pfif:pfif [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
              <pfif:person>
                <pfif:person_record_id>attack.example.org/person.1</pfif:person_record_id>
                <pfif:source_date>2020-12-14T09:30:00Z</pfif:source_date>
                <pfif:full_name>&lol9;</pfif:full_name>
              </pfif:person>
            </pfif:pfif>
            """;

        var result = PfifInput.Read(xml);

        Assert.False(result.Accepted);
        Assert.Empty(result.Persons);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "pfif", PfifIssueEffect.DocumentRejected), (issue.Line, issue.Field, issue.Effect));
        Assert.Contains("DTD", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExternalEntity_IsRefusedAndNothingIsRead()
    {
        var secret = Path.Combine(Path.GetTempPath(), "whereabouts-pfif-secret-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE pfif [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
                  <pfif:person>
                    <pfif:person_record_id>attack.example.org/person.1</pfif:person_record_id>
                    <pfif:source_date>2020-12-14T09:30:00Z</pfif:source_date>
                    <pfif:full_name>&xxe;</pfif:full_name>
                  </pfif:person>
                </pfif:pfif>
                """;

            var result = PfifInput.Read(xml);

            Assert.False(result.Accepted);
            Assert.Empty(result.Persons);
            var issue = Assert.Single(result.Issues);
            Assert.Equal(PfifIssueEffect.DocumentRejected, issue.Effect);
            Assert.DoesNotContain("SECRET-CONTENT", issue.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_EntityReferenceWithoutDtd_IsRejectedAsUndeclared()
    {
        var xml = PfifInput.Document(PfifInput.Person(extra: "<pfif:description>&xxe;</pfif:description>"));

        var result = PfifInput.Read(xml);

        Assert.False(result.Accepted);
        Assert.Equal(PfifIssueEffect.DocumentRejected, Assert.Single(result.Issues).Effect);
    }

    [Fact]
    public void Read_PredefinedEntitiesAndCharacterReferences_AreReadAsText()
    {
        var xml = PfifInput.Document(PfifInput.Person(extra: "<pfif:description>Tom &amp; Jerry &lt;&#1329;&gt;</pfif:description>"));

        var result = PfifInput.Read(xml, PfifInput.Strict);

        Assert.True(result.Accepted);
        Assert.Equal("Tom & Jerry <Ա>", Assert.Single(result.Persons).Description);
    }

    [Fact]
    public void Read_DocumentOverTheSizeLimit_IsRejectedWithTheLimitInTheMessage()
    {
        var people = string.Concat(Enumerable.Range(1, 200).Select(i => PfifInput.Person($"tests.example.org/person.{i}")));
        var xml = PfifInput.Document(people);

        var result = PfifInput.Read(xml, new PfifReaderOptions { MaxCharactersInDocument = 10_000 });

        Assert.False(result.Accepted);
        Assert.Empty(result.Persons);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(PfifIssueEffect.DocumentRejected, issue.Effect);
        Assert.Equal("the document is larger than the limit of 10,000 characters.", issue.Message);
    }

    [Fact]
    public void Read_DocumentUnderTheSizeLimit_IsRead()
    {
        var xml = PfifInput.Document(PfifInput.Person());

        var result = PfifInput.Read(xml, new PfifReaderOptions { MaxCharactersInDocument = 10_000 });

        Assert.True(result.Accepted);
        Assert.Single(result.Persons);
    }

    [Fact]
    public void Read_FieldOverTheLengthLimit_IsReportedAndIgnored()
    {
        var xml = PfifInput.Document(PfifInput.Person(extra: $"<pfif:description>{new string('x', 2_001)}</pfif:description>"));

        var result = PfifInput.Read(xml, new PfifReaderOptions { MaxFieldLength = 2_000 });

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("description", "is longer than the limit of 2,000 characters; the value is ignored."), (issue.Field, issue.Message));
        Assert.Null(Assert.Single(result.Persons).Description);
    }

    [Fact]
    public void Read_RecordIdOverTheLengthLimit_SkipsTheRecord()
    {
        var xml = PfifInput.Document(PfifInput.Person(id: "tests.example.org/" + new string('9', 300)));

        var result = PfifInput.Read(xml, new PfifReaderOptions { MaxFieldLength = 200 });

        Assert.Empty(result.Persons);
        Assert.Equal(PfifIssueEffect.RecordSkipped, Assert.Single(result.Issues).Effect);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(PfifInput.Document(PfifInput.Person(extra: "<pfif:description>AB</pfif:description>")));
        var at = Array.IndexOf(bytes, (byte)'A');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        using var stream = new MemoryStream(bytes);

        var result = new PfifReader().Read(stream);

        Assert.False(result.Accepted);
        Assert.Equal(PfifIssueEffect.DocumentRejected, Assert.Single(result.Issues).Effect);
    }
}
