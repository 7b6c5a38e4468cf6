using System.IO.Compression;
using System.Text;
using Whereabouts.Ingestion.Tests.Support;

namespace Whereabouts.Ingestion.Tests;

public sealed class ArticleReaderTests
{
    private static readonly string[] Body =
    [
        "VERIN TALAR, Jan. 12, 2021 — Relatives of eleven men from the invented village of Verin Talar gathered outside the district office on Tuesday, asking officials for any news of the unit that lost contact with its command four days earlier.",
        "The district head, Gor Examplyan, told the families that the search would continue, and that a list of names had been passed to the fictional Tracing Bureau, which said it had no confirmation yet.",
        "A figure of fourteen missing men circulated on social media in the morning; by the afternoon the office said the number it could confirm was eleven.",
        "Mothers said they wanted a single place where every report about their sons was kept, with who made it and when, so that a rumour could be told apart from a confirmation.",
    ];

    [Fact]
    public void Read_HtmlWithNavShareRelatedBioAndComments_KeepsOnlyTheBody()
    {
        var article = ArticleReader.Read(Fixtures.PathOf("furnished-article.html"));

        string[] expected = [Body[0], Body[1], Body[2], "What the families asked", Body[3]];
        Assert.Equal(expected, article.Paragraphs);
        Assert.Equal(string.Join('\n', article.Paragraphs), article.Text);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("x-no-such-charset")]
    public void Read_PageDeclaringACharsetDotNetCannotDecode_IsReadAsUtf8(string charset)
    {
        // Found by fuzzing: a page declaring UTF-7 threw NotSupportedException out of the reader.
        var html = $"<html><head><meta charset=\"{charset}\"><title>Invented</title></head><body><article><p>Five invented soldiers — Հինգ — were captured.</p></article></body></html>";

        var article = ArticleReader.Read(Fixtures.Stream(Encoding.UTF8.GetBytes(html)), "page.html");

        Assert.Equal("Five invented soldiers — Հինգ — were captured.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Read_HtmlWithMetaTags_ReadsTitleDateAuthorAndSite()
    {
        var article = ArticleReader.Read(Fixtures.PathOf("furnished-article.html"));

        Assert.Equal("furnished-article.html", article.FileName);
        Assert.Equal("Families in Verin Talar wait for word of eleven men", article.Title);
        Assert.Equal(new DateOnly(2021, 1, 12), article.Published);
        Assert.Equal("Ani Testyan", Assert.Single(article.Authors));
        Assert.Equal("The Invented Courier", article.Site);
    }

    [Fact]
    public void Read_PlainTextWithAuthorBlurbAndNumberedComments_KeepsOnlyTheBody()
    {
        var article = ArticleReader.Read(Fixtures.PathOf("furnished-article.txt"));

        Assert.Equal(Body, article.Paragraphs);
        Assert.Equal("Families in Verin Talar wait for word of eleven men", article.Title);
        Assert.Equal(new DateOnly(2021, 1, 12), article.Published);
        Assert.Equal("Ani Testyan", Assert.Single(article.Authors));
    }

    [Fact]
    public void Read_PlainTextWithLeadingDateLine_ReadsTheDate()
    {
        var text = "date 2021-01-12\n\nAn invented statement said nine men from an invented unit had been found alive and well.\n";

        var article = ArticleReader.Read(Fixtures.Stream(Encoding.UTF8.GetBytes(text)), "statement.txt");

        Assert.Equal(new DateOnly(2021, 1, 12), article.Published);
        Assert.Equal("An invented statement said nine men from an invented unit had been found alive and well.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Read_JsonLdGraph_ReadsHeadlineDateAuthorsAndPublisher()
    {
        var article = ArticleReader.Read(Fixtures.PathOf("json-ld.html"));

        Assert.Equal("Exchange of prisoners completed, says invented ministry", article.Title);
        Assert.Equal(new DateOnly(2020, 12, 14), article.Published);
        string[] authors = ["Lilit Sampleyan", "Oleg Primerov"];
        Assert.Equal(authors, article.Authors);
        Assert.Equal("Invented Wire", article.Site);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Read_PageWithOnlyADateline_TakesTheDateFromIt()
    {
        var article = ArticleReader.Read(Fixtures.PathOf("dateline.html"));

        Assert.Equal(new DateOnly(2021, 3, 3), article.Published);
        Assert.Equal("Search resumes near invented ridge", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Read_ArmenianAndRussianText_IsPreserved()
    {
        var article = ArticleReader.Read(Fixtures.PathOf("multilingual.html"));

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Հորինված Վերին Թալար գյուղի", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("լուրի սպասելով։", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Родственники одиннадцати военнослужащих из вымышленного села Верин Талар во вторник собрались у районной администрации, ожидая новостей.", article.Paragraphs[1]);
    }

    [Fact]
    public void Read_GzippedHtml_IsDecompressedAndReadAsHtml()
    {
        var html = File.ReadAllBytes(Fixtures.PathOf("furnished-article.html"));

        var article = ArticleReader.Read(Fixtures.Stream(Gzip(html)), "furnished-article.html.gz");

        Assert.Equal(Body[0], article.Paragraphs[0]);
        Assert.Equal("The Invented Courier", article.Site);
    }

    [Fact]
    public void Read_GzippedBytesUnderAnUnknownName_AreSniffedAsHtml()
    {
        var html = File.ReadAllBytes(Fixtures.PathOf("json-ld.html"));

        var article = ArticleReader.Read(Fixtures.Stream(Gzip(html)), "download.bin");

        Assert.Equal("Invented Wire", article.Site);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_DropsTheMarkAndKeepsTheText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Վերին Թալար: an invented village, and its eleven invented men.")).ToArray();

        var article = ArticleReader.Read(Fixtures.Stream(bytes), "note.txt");

        Assert.Equal("Վերին Թալար: an invented village, and its eleven invented men.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Read_Windows1251DeclaredInMetaCharset_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"><title>Вымышленная новость</title></head><body>"
            + "<p>Родственники одиннадцати военнослужащих из вымышленного села собрались у администрации, ожидая новостей.</p></body></html>";

        var article = ArticleReader.Read(Fixtures.Stream(Encoding.GetEncoding(1251).GetBytes(html)), "news.html");

        Assert.Equal("Вымышленная новость", article.Title);
        Assert.Equal("Родственники одиннадцати военнослужащих из вымышленного села собрались у администрации, ожидая новостей.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Read_Windows1251DeclaredByHttpEquiv_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
            + "<p>Вымышленное министерство сообщило о завершении обмена пленными.</p></body></html>";

        var article = ArticleReader.Read(Fixtures.Stream(Encoding.GetEncoding(1251).GetBytes(html)), "news.htm");

        Assert.Equal("Вымышленное министерство сообщило о завершении обмена пленными.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Read_NoDeclaredCharset_FallsBackToUtf8()
    {
        var html = "<html><body><p>Родственники ждут новостей из вымышленного села.</p></body></html>";

        var article = ArticleReader.Read(Fixtures.Stream(Encoding.UTF8.GetBytes(html)), "page.html");

        Assert.Equal("Родственники ждут новостей из вымышленного села.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Read_UndeclaredLegacyBytes_ThrowsNamingTheFileAndTheReason()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("Родственники ждут новостей.");

        var error = Assert.Throws<IngestionInputException>(() => ArticleReader.Read(Fixtures.Stream(bytes), "legacy.txt"));

        Assert.Equal("legacy.txt", error.Source);
        Assert.Contains("UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("legacy.txt: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryContent_Throws()
    {
        var error = Assert.Throws<IngestionInputException>(() => ArticleReader.Read(Fixtures.Stream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), "archive.txt"));

        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenGzip_Throws()
    {
        var error = Assert.Throws<IngestionInputException>(() => ArticleReader.Read(Fixtures.Stream([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xFF, 0xFF, 0xFF, 0xFF]), "page.html.gz"));

        Assert.Contains("gzip", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipCutOffHalfway_IsRefusedRatherThanReadAsAShorterArticle()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 40).Select(i => $"<p>Invented paragraph {i} of a long report about the exchange, with enough words to fill a line.</p>"));
        var whole = Gzip(System.Text.Encoding.UTF8.GetBytes($"<html><body><article>{paragraphs}</article></body></html>"));

        var error = Assert.Throws<IngestionInputException>(() => ArticleReader.Read(Fixtures.Stream(whole[..(whole.Length / 2)]), "report.html.gz"));

        Assert.Contains("truncated", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipBombBeyondTheLimit_IsRefused()
    {
        // 24 MB of spaces compress to about 24 KB.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 24; i++)
            {
                gzip.Write(spaces);
            }
        }

        var error = Assert.Throws<IngestionInputException>(() => ArticleReader.Read(Fixtures.Stream(compressed.ToArray()), "bomb.html.gz"));

        Assert.Contains("limit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ThrowsNamingIt()
    {
        var error = Assert.Throws<IngestionInputException>(() => ArticleReader.Read(Path.Combine(Path.GetTempPath(), "no-such-article-8c1f.html")));

        Assert.Equal("no-such-article-8c1f.html", error.Source);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.ToArray();
    }
}
