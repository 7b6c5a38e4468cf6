using System.Security.Cryptography;
using System.Text;

namespace Whereabouts.Domain.Tests;

public sealed class SourceTests
{
    private static readonly SourceDetails Statement = new(
        SourceKind.OfficialStatement,
        "Statement on servicemen whose fate is unknown",
        Publisher: "Ministry of Defence (invented)",
        Url: "https://example.org/statements/2020-12-15",
        PublishedOn: PartialDate.OfDay(2020, 12, 15),
        RetrievedAt: new DateTimeOffset(2020, 12, 16, 8, 0, 0, TimeSpan.Zero),
        Reliability: Reliability.B);

    [Fact]
    public void Constructor_ValidDetails_AreKept()
    {
        var id = Guid.NewGuid();

        var source = new Source(id, Statement);

        Assert.Equal(id, source.Id);
        Assert.Equal(Statement, source.Details);
        Assert.Null(source.ContentSha256);
    }

    [Fact]
    public void Constructor_TitleWithControlCharacters_IsKeptComposedWithoutThem()
    {
        // An article's title as the ingestion engine read it from the page.
        var source = new Source(Guid.NewGuid(), Statement with { Title = "\u001B]0;pwned\u0007Cafe\u0301 talks\u0000" });

        Assert.Equal("]0;pwnedCaf\u00E9 talks", source.Title);
    }

    [Fact]
    public void Constructor_EmptyId_GetsANewIdentity()
    {
        Assert.NotEqual(Guid.Empty, new Source(Guid.Empty, Statement).Id);
    }

    [Fact]
    public void Constructor_Texts_AreTrimmedAndBlankOnesDropped()
    {
        var source = new Source(Guid.NewGuid(), new SourceDetails(
            SourceKind.NewsArticle, "  Exchange of prisoners  ", Publisher: "   ", Author: " A. Writer ", Url: "  ", Notes: ""));

        Assert.Equal("Exchange of prisoners", source.Title);
        Assert.Null(source.Publisher);
        Assert.Equal("A. Writer", source.Author);
        Assert.Null(source.Url);
        Assert.Null(source.Notes);
    }

    [Fact]
    public void Constructor_RetrievedAtWithAnOffset_IsKeptAsTheSameInstantInUtc()
    {
        var yerevanEvening = new DateTimeOffset(2020, 12, 16, 20, 0, 0, TimeSpan.FromHours(4));

        var source = new Source(Guid.NewGuid(), Statement with { RetrievedAt = yerevanEvening });

        Assert.Equal(TimeSpan.Zero, source.RetrievedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2020, 12, 16, 16, 0, 0, TimeSpan.Zero), source.RetrievedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_NoTitle_IsRefused(string title)
    {
        var refusal = DomainAssert.Refuses(
            "source.title-required",
            () => new Source(Guid.NewGuid(), Statement with { Title = title }));

        DomainAssert.MessageSays(refusal, "title");
    }

    [Theory]
    [InlineData("https://example.org/news/2020/12/14/exchange")]
    [InlineData("http://example.org/list.pdf")]
    [InlineData("HTTPS://EXAMPLE.ORG/Article?id=7")]
    [InlineData("https://example.org/Հարությունյան")]
    public void Constructor_AbsoluteHttpAddress_IsAccepted(string url)
    {
        var source = new Source(Guid.NewGuid(), Statement with { Url = url });

        Assert.Equal(url, source.Url);
    }

    [Fact]
    public void Constructor_AddressWithSurroundingSpaces_IsTrimmed()
    {
        var source = new Source(Guid.NewGuid(), Statement with { Url = "  https://example.org/a  " });

        Assert.Equal("https://example.org/a", source.Url);
    }

    [Theory]
    [InlineData("ftp://example.org/list.pdf")]
    [InlineData("/news/2020/12/14/exchange")]
    [InlineData("news/2020/12/14/exchange")]
    [InlineData("example.org/news")]
    [InlineData("//example.org/news")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("file:///srv/archive/list.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not an address")]
    public void Constructor_AddressThatIsNotAbsoluteHttp_IsRefused(string url)
    {
        var refusal = DomainAssert.Refuses("source.url", () => new Source(Guid.NewGuid(), Statement with { Url = url }));

        DomainAssert.MessageSays(refusal, url, "absolute http or https");
    }

    [Fact]
    public void Constructor_UnknownKindOrReliability_IsRefused()
    {
        DomainAssert.Refuses("source.kind", () => new Source(Guid.NewGuid(), Statement with { Kind = (SourceKind)42 }));
        DomainAssert.Refuses("source.reliability", () => new Source(Guid.NewGuid(), Statement with { Reliability = (Reliability)0 }));
    }

    [Fact]
    public void Revise_ValidDetails_ReplacesThem()
    {
        var source = new Source(Guid.NewGuid(), Statement);
        var corrected = Statement with { Title = "Statement on missing servicemen", Reliability = Reliability.C, Url = null };

        source.Revise(corrected);

        Assert.Equal(corrected, source.Details);
    }

    [Fact]
    public void Revise_InvalidDetails_IsRefusedAndNothingChanges()
    {
        var source = new Source(Guid.NewGuid(), Statement);

        DomainAssert.Refuses("source.url", () => source.Revise(Statement with { Title = "Another title", Url = "ftp://example.org/x" }));

        Assert.Equal(Statement, source.Details);
    }

    [Fact]
    public void RecordArchivedContent_Content_StoresItsSha256AsLowercaseHex()
    {
        var source = new Source(Guid.NewGuid(), Statement);
        var content = Encoding.UTF8.GetBytes("Gevorg Harutyunyan, b. 2001 — row 17 of an invented list");
        var expected = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

        var hash = source.RecordArchivedContent(content);

        Assert.Equal(expected, hash);
        Assert.Equal(expected, source.ContentSha256);
        Assert.Equal(64, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void RecordArchivedContent_KnownContent_GivesTheStandardSha256(string text, string expected)
    {
        var source = new Source(Guid.NewGuid(), Statement);

        Assert.Equal(expected, source.RecordArchivedContent(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void RecordArchivedContent_SameContentAgain_IsAccepted()
    {
        var source = new Source(Guid.NewGuid(), Statement);
        byte[] content = [0x00, 0x01, 0x02, 0xFF];
        var first = source.RecordArchivedContent(content);

        var second = source.RecordArchivedContent([.. content]);

        Assert.Equal(first, second);
        Assert.Equal(first, source.ContentSha256);
    }

    [Fact]
    public void RecordArchivedContent_DifferentContent_IsRefusedAndTheHashIsKept()
    {
        var source = new Source(Guid.NewGuid(), Statement);
        var original = source.RecordArchivedContent("44 returned"u8);

        var refusal = DomainAssert.Refuses("source.content-changed", () => source.RecordArchivedContent("45 returned"u8.ToArray()));

        DomainAssert.MessageSays(refusal, original, "different content is a different source");
        Assert.Equal(original, source.ContentSha256);
    }
}
