using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Comparisons;

// Every name here is an invented combination of common names; no real person is described.
public sealed class PatronymicComparisonTests
{
    private readonly PatronymicComparison _comparison = new();

    [Theory]
    [InlineData("Рубенович", "Rubeni", PatronymicComparison.SameFather)]
    [InlineData("Rubenowicz", "Рубенович", PatronymicComparison.SameFather)]
    [InlineData("Tschatsunesowitsch", "Чацунес оглы", PatronymicComparison.SameFather)]
    [InlineData("R.", "Рубенович", PatronymicComparison.InitialAgrees)]
    [InlineData("Р.", "Ruben", PatronymicComparison.InitialAgrees)]
    [InlineData("Vüqar oğlu", "Вугар оглы", PatronymicComparison.SameFather)]
    [InlineData("R.", "Самвелович", 4)]
    [InlineData("Samveli", "Рубенович", 4)]
    public void Compare_AnyFormAndScript_GivesTheLevel(string left, string right, int expected)
    {
        var (a, b) = (Prepare(left), Prepare(right));

        Assert.Equal(expected, _comparison.Compare(a, 0, b, 0));
    }

    [Fact]
    public void Describe_InitialAgainstFullPatronymic_SaysWhichInitialAgreesWithWhat()
    {
        var (a, b) = (Prepare("R."), Prepare("Рубенович"));

        Assert.Equal("patronymic initial R. agrees with Рубенович", _comparison.Describe(a, 0, b, 0, PatronymicComparison.InitialAgrees));
    }

    [Fact]
    public void Prepare_ForeignSpelling_BlocksWithOurs()
    {
        var (a, b) = (Prepare("Noschemwui"), Prepare("Ношемвуович"));

        Assert.True(a.WholeKeys!.Agree(0, b.WholeKeys!, 0));
    }

    private PreparedField Prepare(string patronymic)
    {
        var field = new PreparedField(1);
        _comparison.Prepare([patronymic], field);
        return field;
    }
}
