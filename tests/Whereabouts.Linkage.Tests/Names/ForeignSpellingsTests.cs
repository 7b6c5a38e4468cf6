using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Tests.Names;

public sealed class ForeignSpellingsTests
{
    [Theory]
    [InlineData("Alijeva", "aliyeva")]
    [InlineData("Chaczatrian", "khachatrian")]
    [InlineData("Artadżes", "artajes")]
    [InlineData("Tschatsunes", "chatsunes")]
    [InlineData("Chahinian", "shahinian")]
    [InlineData("Djafarov", "jafarov")]
    public void Readings_ForeignSpelling_IncludesOurs(string foreign, string expected)
    {
        Assert.Contains(expected, ForeignSpellings.Default.Readings(foreign)!);
    }

    [Theory]
    [InlineData("Arman")]
    [InlineData("Petrosyan")]
    [InlineData("")]
    public void Readings_NoForeignLetters_IsNull(string name)
    {
        Assert.Null(ForeignSpellings.Default.Readings(name));
    }

    [Fact]
    public void ReadingsByConvention_IsAlignedWithTheConventions()
    {
        var readings = ForeignSpellings.Default.ReadingsByConvention("Szahinjan")!;

        Assert.Equal(ForeignSpellings.Default.Count, readings.Length);
        Assert.Contains("shahinyan", readings);
    }
}
