using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Comparisons;

// Every name here is an invented combination of common names; no real person is described.
public sealed class PersonNameComparisonTests
{
    private readonly PersonNameComparison _comparison = new();

    [Theory]
    [InlineData("Arman", "Harutyunyan", "Arman", "Harutyunyan", PersonNameComparison.Exact)]
    [InlineData("Арман", "Арутюнян", "Arman", "Harutyunyan", PersonNameComparison.SameKey)]
    [InlineData("Harutyunyan", "Arman", "Arman", "Harutyunyan", PersonNameComparison.Swapped)]
    [InlineData("Rəşad", "Abbas", "Рашад", "Аббасов", PersonNameComparison.SuffixVariant)]
    [InlineData("Rəşad", "Abbaslı", "Rashad", "Abbaszadə", PersonNameComparison.SuffixVariant)]
    [InlineData("A.", "Harutyunyan", "Arman", "Арутюнян", PersonNameComparison.GivenInitial)]
    [InlineData("Arman", "Harutyunian", "Arman", "Harutyunyan", PersonNameComparison.SameKey)]
    [InlineData("Armam", "Harutyunyan", "Arman", "Harutyunyan", PersonNameComparison.Similar)]
    [InlineData(null, "Harutyunyan", "Arman", "Harutyunyan", PersonNameComparison.FamilyAgreesGivenMissing)]
    [InlineData("Levon", "Harutyunyan", "Arman", "Harutyunyan", PersonNameComparison.FamilyAgreesGivenDiffers)]
    [InlineData("Arman", "Petrosyan", "Arman", "Harutyunyan", PersonNameComparison.GivenAgreesFamilyDiffers)]
    [InlineData("Levon", "Petrosyan", "Arman", "Harutyunyan", PersonNameComparison.Different)]
    public void Compare_SeparateColumns_GivesTheLevelOfWhatAgrees(string? leftGiven, string leftFamily, string rightGiven, string rightFamily, int expected)
    {
        var (left, right) = Prepare(Columns(leftGiven, leftFamily), Columns(rightGiven, rightFamily));

        Assert.Equal(expected, _comparison.Compare(left, 0, right, 0));
    }

    [Theory]
    [InlineData("Алиева", "Alijeva")]
    [InlineData("Хачатрян", "Chaczatrian")]
    [InlineData("Гегамян", "Geghamjan")]
    [InlineData("Шахинян", "Chahinian")]
    [InlineData("Джафаров", "Caferov")]
    public void Compare_FamilyNameInAForeignRomanisation_AgreesByKey(string ours, string foreign)
    {
        var (left, right) = Prepare(Columns("Arman", ours), Columns("Arman", foreign));

        Assert.Equal(PersonNameComparison.SameKey, _comparison.Compare(left, 0, right, 0));
    }

    [Fact]
    public void Compare_FullNameFamilyFirstAgainstSeparateColumnsInAnotherScript_AgreesAndSaysHowItWasRead()
    {
        var left = Read([new NameColumnValues(null, null, null, "Арутюнян Арман Гарикович")]);
        var right = Read([new NameColumnValues("Arman", "Harutyunyan", "Gariki", null)]);

        var level = _comparison.Compare(left, 0, right, 0);

        Assert.Equal(PersonNameComparison.SameKey, level);
        Assert.Contains("read as family Арутюнян, given Арман", _comparison.Describe(left, 0, right, 0, level), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SwappedAndSuffix_NamesWhatMatched()
    {
        var (swappedLeft, swappedRight) = Prepare(Columns("Harutyunyan", "Arman"), Columns("Arman", "Harutyunyan"));
        var (suffixLeft, suffixRight) = Prepare(Columns("Rashad", "Abbas"), Columns("Rashad", "Abbasov"));

        Assert.StartsWith("family and given names swapped", _comparison.Describe(swappedLeft, 0, swappedRight, 0, PersonNameComparison.Swapped), StringComparison.Ordinal);
        Assert.Equal("family names differ only by suffix (Abbas / Abbasov)", _comparison.Describe(suffixLeft, 0, suffixRight, 0, PersonNameComparison.SuffixVariant));
    }

    [Fact]
    public void PrepareNames_SwappedColumnsAndForeignSpelling_ShareABlockingKey()
    {
        var (left, right) = Prepare(Columns("Alijeva", "Leyla"), Columns("Лейла", "Алиева"));

        Assert.True(left.WholeKeys!.Agree(0, right.WholeKeys!, 0));
        Assert.False(string.Equals(left.Key[0], right.Key[0], StringComparison.Ordinal) && left.WholeKeys.More(0).Length > 0);
    }

    [Fact]
    public void Compare_MissingNames_IsLevelZero()
    {
        var (left, right) = Prepare(new NameColumnValues(null, null, "Rubenovich", null), Columns("Arman", "Harutyunyan"));

        Assert.Equal(0, _comparison.Compare(left, 0, right, 0));
    }

    [Fact]
    public void Adjustment_CommonFamilyName_WeighsLessThanARareOne()
    {
        var names = new List<NameColumnValues>();
        for (var i = 0; i < 50; i++)
        {
            names.Add(Columns("Levon", "Grigoryan"));
        }

        names.Add(Columns("Levon", "Zohrabyan"));
        var field = Read(names);
        var frequencies = new NameFrequencies();
        frequencies.Add(field.Names!);
        frequencies.Complete();

        var common = PersonNameComparison.Adjustment(PersonNameComparison.SameKey, field.Names![0], frequencies);
        var rare = PersonNameComparison.Adjustment(PersonNameComparison.SameKey, field.Names![^1], frequencies);

        Assert.True(rare > common + 3, $"rare {rare}, common {common}");
    }

    private static NameColumnValues Columns(string? given, string? family) => new(given, family, null, null);

    private static (PreparedField Left, PreparedField Right) Prepare(NameColumnValues left, NameColumnValues right) => (Read([left]), Read([right]));

    private static PreparedField Read(List<NameColumnValues> rows)
    {
        var field = new PreparedField(rows.Count);
        new PersonNameComparison().PrepareNames(PersonNameReader.ReadTable(rows), field);
        return field;
    }
}
