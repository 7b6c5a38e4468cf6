namespace Whereabouts.Domain.Tests.Files;

public sealed class EvidenceFileTests
{
    private static readonly string Sha = new('A', 64);

    [Fact]
    public void Constructor_AHashInCapitals_IsStoredInLowercaseWithTheTypeLowercased()
    {
        var file = new EvidenceFile(Sha, 12, "Video/MP4", "anna", new DateTimeOffset(2020, 12, 14, 10, 0, 0, TimeSpan.FromHours(4)));

        Assert.Equal(new string('a', 64), file.Sha256);
        Assert.Equal("video/mp4", file.MediaType);
        Assert.Equal(TimeSpan.Zero, file.AddedAt.Offset);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void Constructor_NotASha256_IsRefused(string hash)
    {
        var error = Assert.Throws<DomainRuleException>(() => new EvidenceFile(hash, 1, "video/mp4", "anna", DateTimeOffset.UnixEpoch));

        Assert.Equal("file.sha256", error.Rule);
    }

    [Fact]
    public void Constructor_ANegativeLengthOrNoType_IsRefused()
    {
        Assert.Equal("file.length", Assert.Throws<DomainRuleException>(() => new EvidenceFile(Sha, -1, "video/mp4", "anna", DateTimeOffset.UnixEpoch)).Rule);
        Assert.Equal("file.media-type", Assert.Throws<DomainRuleException>(() => new EvidenceFile(Sha, 1, "video", "anna", DateTimeOffset.UnixEpoch)).Rule);
    }

    [Theory]
    [InlineData("ABCDEFabcdef0123456789abcdef0123456789abcdef0123456789abcdef0123", true)]
    [InlineData("abcdef", false)]
    [InlineData(null, false)]
    public void IsHash_SixtyFourHexDigits_InEitherCase(string? text, bool expected) =>
        Assert.Equal(expected, EvidenceFile.IsHash(text));
}
