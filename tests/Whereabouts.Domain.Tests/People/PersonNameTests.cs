namespace Whereabouts.Domain.Tests;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Gevorg", "Harutyunyan", "Samveli", NameScript.Latin)]
    [InlineData("Rəşad", "Məmmədov", "Elşən oğlu", NameScript.Latin)]
    [InlineData("Геворг", "Арутюнян", "Самвелович", NameScript.Cyrillic)]
    [InlineData("Рашад", "Мамедов", null, NameScript.Cyrillic)]
    [InlineData("Գևորգ", "Հարությունյան", "Սամվելի", NameScript.Armenian)]
    public void Constructor_NameInOneScript_KeepsThePartsAndReadsTheScript(string given, string family, string? patronymic, NameScript script)
    {
        var name = new PersonName(given, family, patronymic);

        Assert.Equal(given, name.GivenName);
        Assert.Equal(family, name.FamilyName);
        Assert.Equal(patronymic, name.Patronymic);
        Assert.Equal(script, name.Script);
    }

    [Theory]
    [InlineData("Inv\u202Eented", "Person", null, "given name")]
    [InlineData("Invented", "Per\u200Bson", null, "family name")]
    [InlineData("Invented", "Person", "Inv\u001B[2Kented", "patronymic")]
    public void Constructor_ControlDirectionOrInvisibleCharacter_IsRefusedNamingThePart(string given, string family, string? patronymic, string part)
    {
        var error = Assert.Throws<DomainRuleException>(() => new PersonName(given, family, patronymic));

        Assert.Equal("name.characters", error.Rule);
        Assert.StartsWith($"The {part} holds ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DecomposedLetters_AreKeptComposed()
    {
        var name = new PersonName("Rəs\u030Cad", "Invented-Məmmədov");

        Assert.Equal("Rəšad", name.GivenName);
    }

    [Fact]
    public void FullName_AllParts_AreGivenPatronymicFamilyInThatOrder()
    {
        var name = Names.LatinAzerbaijani;

        Assert.Equal("Rəşad Elşən oğlu Məmmədov", name.FullName);
        Assert.Equal(name.FullName, name.ToString());
    }

    [Theory]
    [InlineData(null, "Harutyunyan", "Harutyunyan")]
    [InlineData("Gevorg", null, "Gevorg")]
    [InlineData("  ", "Мамедов", "Мамедов")]
    public void Constructor_OnlyOneOfGivenAndFamilyName_IsAccepted(string? given, string? family, string fullName)
    {
        var name = new PersonName(given, family);

        Assert.Equal(fullName, name.FullName);
        Assert.Null(name.Patronymic);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", "", null)]
    [InlineData(" \t", "\n", null)]
    [InlineData(null, null, "Samveli")]
    public void Constructor_NoGivenOrFamilyName_IsRefused(string? given, string? family, string? patronymic)
    {
        var refusal = DomainAssert.Refuses("name.required", () => new PersonName(given, family, patronymic));

        DomainAssert.MessageSays(refusal, "given name or a family name");
    }

    [Theory]
    [InlineData("Gevorg", "Арутюнян", null)]
    [InlineData("Рашад", "Məmmədov", null)]
    [InlineData("Գևորգ", "Harutyunyan", null)]
    [InlineData("Gevorg", "Harutyunyan", "Самвелович")]
    [InlineData("Gevorg", "Hаrutyunyan", null)]
    [InlineData("Gevorg Геворг", null, null)]
    public void Constructor_PartsInDifferentScripts_IsRefused(string given, string? family, string? patronymic)
    {
        var refusal = DomainAssert.Refuses("name.script", () => new PersonName(given, family, patronymic));

        DomainAssert.MessageSays(refusal, given, "Latin, Cyrillic or Armenian");
    }

    [Fact]
    public void Constructor_LettersOfAnotherScript_IsRefused()
    {
        DomainAssert.Refuses("name.script", () => new PersonName("Γιώργος", "Παπαδόπουλος"));
    }

    [Fact]
    public void Constructor_Whitespace_IsTrimmedAndCollapsed()
    {
        var name = new PersonName("  Rəşad ", "\tMəmmədov\n", " Elşən \u00A0  oğlu ", "  family   report ");

        Assert.Equal("Rəşad", name.GivenName);
        Assert.Equal("Məmmədov", name.FamilyName);
        Assert.Equal("Elşən oğlu", name.Patronymic);
        Assert.Equal("family report", name.Origin);
        Assert.Equal("Rəşad Elşən oğlu Məmmədov", name.FullName);
    }

    [Fact]
    public void Constructor_DecomposedLetters_AreStoredComposed()
    {
        var decomposed = new PersonName("Elşən", "Ag\u0306ayev");

        Assert.Equal("Ağayev", decomposed.FamilyName);
        Assert.Equal(new PersonName("Elşən", "Ağayev"), decomposed);
    }

    [Fact]
    public void Constructor_OriginInAnotherScript_IsAcceptedBecauseOnlyTheNameIsChecked()
    {
        var name = new PersonName("Gevorg", "Harutyunyan", origin: "список МО от 13.12.2020");

        Assert.Equal(NameScript.Latin, name.Script);
        Assert.Equal("список МО от 13.12.2020", name.Origin);
    }

    [Fact]
    public void Constructor_EmptySourceId_IsStoredAsNone()
    {
        Assert.Null(new PersonName("Gevorg", "Harutyunyan", sourceId: Guid.Empty).SourceId);

        var source = Guid.NewGuid();
        Assert.Equal(source, new PersonName("Gevorg", "Harutyunyan", sourceId: source).SourceId);
    }

    [Fact]
    public void Equals_SamePartsAndOriginWrittenWithDifferentSpacing_AreEqual()
    {
        var first = new PersonName("Геворг", "Арутюнян", "Самвелович", "список МО");
        var second = new PersonName(" Геворг ", "Арутюнян  ", "Самвелович", "список  МО");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("Gevorg", "Harutiunian", null, "family report")]
    [InlineData("Gevorg", "Harutyunyan", null, "ICRC list")]
    [InlineData("Gevorg", "Harutyunyan", "Samvelovich", "family report")]
    [InlineData("Gevorg", "Harutyunyan", null, null)]
    public void Equals_DifferentSpellingPatronymicOrOrigin_AreDifferentForms(string given, string family, string? patronymic, string? origin)
    {
        var reference = new PersonName("Gevorg", "Harutyunyan", null, "family report");

        Assert.NotEqual(reference, new PersonName(given, family, patronymic, origin));
    }
}
