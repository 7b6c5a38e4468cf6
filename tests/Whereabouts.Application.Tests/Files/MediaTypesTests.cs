using System.Text;
using Whereabouts.Application.Files;

namespace Whereabouts.Application.Tests.Files;

public sealed class MediaTypesTests
{
    public static TheoryData<string, string> Heads() => new()
    {
        { "255044462D312E370A", "application/pdf" },
        { "89504E470D0A1A0A0000000D49484452", "image/png" },
        { "FFD8FFE000104A464946", "image/jpeg" },
        { "474946383961", "image/gif" },
        { "52494646000000005745425056503820", "image/webp" },
        { "000000206674797069736F6D00000200", "video/mp4" },
        { "0000001466747970717420200000000071742020", "video/quicktime" },
        { "1A45DFA3A34286810142F7810142F2810442F381084282847765626D", "video/webm" },
        { "1A45DFA3A342868101428288", "video/x-matroska" },
        { "5249464600000000415649204C495354", "video/x-msvideo" },
        { "524946460000000057415645666D7420", "audio/wav" },
        { "494433040000", "audio/mpeg" },
        { "FFFB9064", "audio/mpeg" },
        { "4F676753000200000000", "audio/ogg" },
        { "664C614300000022", "audio/flac" },
        { "504B030414000600080000002100776F72642F", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "504B0304140000000000", "application/zip" },
        { "00010203FFFE", "application/octet-stream" },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Sniff_MagicNumbers_GiveTheirType(string hex, string expected) =>
        Assert.Equal(expected, MediaTypes.Sniff(Convert.FromHexString(hex)));

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", "text/html")]
    [InlineData("  \n<HTML><script>alert(1)</script>", "text/html")]
    [InlineData("Hello <script>alert(1)</script>", "text/html")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "image/svg+xml")]
    [InlineData("<?xml version=\"1.0\"?><list><person/></list>", "application/xml")]
    [InlineData("Ռազմագերիների ցուցակ, 14 դեկտեմբերի 2020", "text/plain")]
    public void Sniff_Text_TellsPagesFromPlainText(string text, string expected) =>
        Assert.Equal(expected, MediaTypes.Sniff(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("text/html", "application/octet-stream")]
    [InlineData("image/svg+xml", "application/octet-stream")]
    [InlineData("application/xml", "application/octet-stream")]
    [InlineData("application/octet-stream", "application/octet-stream")]
    [InlineData("video/mp4", "video/mp4")]
    [InlineData("text/plain", "text/plain; charset=utf-8")]
    public void Served_RenderableTypes_AreServedAsBytes(string stored, string served) =>
        Assert.Equal(served, MediaTypes.Served(stored));

    [Theory]
    [InlineData("image/png", true)]
    [InlineData("video/webm", true)]
    [InlineData("audio/mpeg", true)]
    [InlineData("application/pdf", true)]
    [InlineData("image/svg+xml", false)]
    [InlineData("text/html", false)]
    [InlineData("text/plain", false)]
    [InlineData("application/zip", false)]
    public void IsInline_OnlyImagesSoundVideoAndPdf(string mediaType, bool inline) =>
        Assert.Equal(inline, MediaTypes.IsInline(mediaType));
}
