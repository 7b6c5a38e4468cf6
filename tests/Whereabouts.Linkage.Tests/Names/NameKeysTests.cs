using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Tests.Names;

public sealed partial class NameKeysTests
{
    public static TheoryData<string, string[]> SameNames()
    {
        var cases = new TheoryData<string, string[]>();
        foreach (var row in GoldenFile.Rows("name-keys-same.tsv"))
        {
            cases.Add(row[0], row[1..]);
        }

        return cases;
    }

    public static TheoryData<string, string, string, string> DifferentNames()
    {
        var cases = new TheoryData<string, string, string, string>();
        foreach (var row in GoldenFile.Rows("name-keys-different.tsv"))
        {
            cases.Add(row[0], row[1], row[2], row[3]);
        }

        return cases;
    }

    public static TheoryData<string> Garbage() =>
    [
        "0123456789",
        "Иван123 Petrov-Ivanov",
        "H\u0430rutyuny\u0430n",
        "!!! ??? ...",
        "---",
        "h",
        "yan",
        "ova",
        "😀",
        "\uD800e\u0301",
        "\u0000\t\n",
        "Γιώργος",
        new string('x', 10_000),
        new string('ա', 5_000) + "յան",
        "ov ov ov yan",
    ];

    [Theory]
    [MemberData(nameof(SameNames))]
    public void Keys_SameNameInAnotherScriptOrSpelling_AreEqual(string kind, string[] spellings)
    {
        var expected = Key(kind, spellings[0]);

        Assert.NotEqual(string.Empty, expected);
        foreach (var spelling in spellings[1..])
        {
            Assert.True(expected == Key(kind, spelling), $"{kind} \"{spellings[0]}\" has the key \"{expected}\" but \"{spelling}\" has \"{Key(kind, spelling)}\"");
        }
    }

    [Theory]
    [MemberData(nameof(DifferentNames))]
    public void Keys_DifferentNames_AreDifferent(string kind, string one, string other, string why)
    {
        Assert.True(Key(kind, one) != Key(kind, other), $"{kind} \"{one}\" and \"{other}\" both have the key \"{Key(kind, one)}\": {why}");
    }

    [Fact]
    public void Keys_GoldenFiles_HaveEnoughCases()
    {
        Assert.True(GoldenFile.Rows("name-keys-same.tsv").Count() >= 60);
        Assert.True(GoldenFile.Rows("name-keys-different.tsv").Count() >= 25);
        Assert.Contains(GoldenFile.Rows("name-keys-same.tsv"), row => row[0] == "given");
        Assert.Contains(GoldenFile.Rows("name-keys-different.tsv"), row => row[0] == "given");
    }

    [Theory]
    [InlineData("Harutyunyan", "arutnyan")]
    [InlineData("Hovhannisyan", "ovansyan")]
    [InlineData("Kevorkian", "kavorkyan")]
    [InlineData("Sargsyan", "sarksyan")]
    [InlineData("Mkrtchyan", "mkrjyan")]
    [InlineData("Məmmədov", "mamatov")]
    [InlineData("Mahmudov", "mamutov")]
    [InlineData("Джафаров", "jafarov")]
    [InlineData("Əliyeva", "aliov")]
    [InlineData("Hüseynov", "usainov")]
    [InlineData("Ter-Petrosyan", "tar patrosyan")]
    [InlineData("Hasanli", "asanli")]
    public void Family_KnownNames_HaveStableKeys(string name, string key)
    {
        Assert.Equal(key, NameKeys.Family(name));
    }

    [Theory]
    [InlineData("Hovhannes", "ovanas")]
    [InlineData("Arayik", "araik")]
    [InlineData("Rəşad", "rashat")]
    [InlineData("Nicat", "nijat")]
    [InlineData("Siranuysh", "siranush")]
    [InlineData("Gevorg", "kavork")]
    [InlineData("Aydın", "aitin")]
    public void Given_KnownNames_HaveStableKeys(string name, string key)
    {
        Assert.Equal(key, NameKeys.Given(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("-'.")]
    public void Keys_EmptyOrLetterless_AreEmpty(string? name)
    {
        Assert.Equal(string.Empty, NameKeys.Family(name!));
        Assert.Equal(string.Empty, NameKeys.Given(name!));
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Keys_Garbage_GiveLowerCaseAsciiWithoutThrowing(string name)
    {
        foreach (var key in new[] { NameKeys.Family(name), NameKeys.Given(name) })
        {
            Assert.DoesNotMatch(@"^ | $|  ", key);
            Assert.All(key, c => Assert.True(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ', $"unexpected '{c}' in \"{key}\""));
        }
    }

    [Fact]
    public void Keys_Digits_AreKeptSoDifferentNumbersDoNotAgree()
    {
        Assert.NotEqual(NameKeys.Family("12345"), NameKeys.Family("67890"));
    }

    [Fact]
    public void Family_SeveralWords_GiveOneKeyPerWord()
    {
        Assert.Equal(NameKeys.Family("Sargsyan") + " " + NameKeys.Family("Harutyunyan"), NameKeys.Family("Sargsyan-Harutyunyan"));
    }

    private static string Key(string kind, string name) => kind switch
    {
        "family" => NameKeys.Family(name),
        "given" => NameKeys.Given(name),
        _ => throw new ArgumentException($"Unknown kind '{kind}' in a golden file.", nameof(kind)),
    };
}
