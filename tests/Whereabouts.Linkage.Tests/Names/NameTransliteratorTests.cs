using System.Globalization;
using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Tests.Names;

public sealed class NameTransliteratorTests
{
    public static TheoryData<string, string> GoldenCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var row in GoldenFile.Rows("transliteration.tsv"))
        {
            cases.Add(row[0], row[1]);
        }

        return cases;
    }

    public static TheoryData<string> Garbage() =>
    [
        "0123456789",
        "Иван123 Petrov-Ivanov",
        "H\u0430rutyuny\u0430n",
        "!!! ??? ...",
        "😀 emoji",
        "\uD800 lone surrogate e\u0301",
        "\u0000\u0001\u001F",
        "Γιώργος Παπαδόπουλος",
        "გიორგი",
        "محمد",
        new string('ш', 10_000),
        "Ա" + new string('\u0301', 50),
    ];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void ToLatin_GoldenCase_GivesTheExpectedRomanisation(string input, string expected)
    {
        Assert.Equal(expected, NameTransliterator.ToLatin(input));
    }

    [Fact]
    public void ToLatin_GoldenFile_HasAtLeastFortyCases()
    {
        Assert.True(GoldenFile.Rows("transliteration.tsv").Count() >= 40);
    }

    [Fact]
    public void ToLatin_NullOrEmpty_IsEmpty()
    {
        Assert.Equal(string.Empty, NameTransliterator.ToLatin(null!));
        Assert.Equal(string.Empty, NameTransliterator.ToLatin(string.Empty));
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void ToLatin_Garbage_GivesLowerCaseAsciiWithSingleSpaces(string input)
    {
        var latin = NameTransliterator.ToLatin(input);

        AssertLowerCaseAsciiWords(latin);
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void ToLatin_AnyGoldenInput_GivesLowerCaseAsciiWithSingleSpaces(string input, string expected)
    {
        _ = expected;
        AssertLowerCaseAsciiWords(NameTransliterator.ToLatin(input));
    }

    [Theory]
    [InlineData("az-Latn-AZ")]
    [InlineData("tr-TR")]
    [InlineData("ru-RU")]
    [InlineData("hy-AM")]
    public void ToLatin_UnderAnyCurrentCulture_FoldsTheDottedAndDotlessIAlike(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);

            Assert.Equal("ilkin ismayilov", NameTransliterator.ToLatin("İLKİN İSMAYILOV"));
            Assert.Equal("ilkin ismayilov", NameTransliterator.ToLatin("ILKIN ISMAYILOV"));
            Assert.Equal("ilkin ismayilov", NameTransliterator.ToLatin("ılkın ısmayılov"));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void ToLatin_SameTextTwice_GivesTheSameResult()
    {
        foreach (var row in GoldenFile.Rows("transliteration.tsv"))
        {
            Assert.Equal(NameTransliterator.ToLatin(row[0]), NameTransliterator.ToLatin(row[0]));
        }
    }

    private static void AssertLowerCaseAsciiWords(string latin)
    {
        Assert.DoesNotMatch(@"^ | $|  ", latin);
        Assert.All(latin, c => Assert.True(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ', $"unexpected '{c}' in \"{latin}\""));
    }
}
