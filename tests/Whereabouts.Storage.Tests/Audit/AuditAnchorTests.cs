using Whereabouts.Storage.Audit;

namespace Whereabouts.Storage.Tests.Audit;

public sealed class AuditAnchorTests
{
    [Theory]
    [InlineData("12:" + "ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789", true)]
    [InlineData("  7:" + "0000000000000000000000000000000000000000000000000000000000000000 2026-01-01T00:00:00Z", true)]
    [InlineData("12", false)]
    [InlineData("-1:" + "0000000000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData("12:" + "000000000000000000000000000000000000000000000000000000000000000g", false)]
    [InlineData("12:00", false)]
    [InlineData("", false)]
    public void TryParse_Text_ReadsOnlySequenceColonSixtyFourHexDigits(string text, bool valid)
    {
        Assert.Equal(valid, AuditAnchor.TryParse(text, out var anchor));
        Assert.Equal(valid, anchor is not null);
        if (anchor is not null)
        {
            Assert.Equal(anchor.Hash.ToLowerInvariant(), anchor.Hash);
        }
    }

    [Fact]
    public void ToString_Anchor_IsSequenceColonHash()
    {
        Assert.Equal("5:" + new string('a', 64), new AuditAnchor(5, new string('a', 64)).ToString());
    }
}
