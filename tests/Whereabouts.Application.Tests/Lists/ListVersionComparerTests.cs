using System.Globalization;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Pairing the rows of two versions of a list (invented rows, family names prefixed "Invented-").</summary>
public sealed class ListVersionComparerTests
{
    private static readonly PartialDate January = PartialDate.OfDay(2021, 1, 12);
    private static readonly PartialDate February = PartialDate.OfDay(2021, 2, 12);

    [Fact]
    public void Compare_SamePersonLinkedUnderAnotherSpellingAndLine_PairsByIdentityAndShowsTheSpelling()
    {
        var identity = Guid.NewGuid();
        var earlier = new[] { Row(2, "Aram", "Invented-Sargsyan", identity: identity) };
        var newer = new[] { Row(9, "Арам", "Invented-Саргсян", identity: identity) };

        var result = ListVersionComparer.Compare(earlier, newer);

        var changed = Assert.Single(result.Changed);
        Assert.Equal([ListChangeField.GivenName, ListChangeField.FamilyName], changed.Fields.Select(f => f.Field));
        Assert.Empty(result.Added);
        Assert.Empty(result.Gone);
    }

    [Fact]
    public void Compare_UnlinkedRowsInAnotherScript_PairsByNameKeysAndBirthDate()
    {
        var earlier = new[] { Row(2, "Hovhannes", "Harutyunyan", birth: "1990-05-01") };
        var newer = new[] { Row(5, "Ованес", "Арутюнян", birth: "1990-05-01") };

        var result = ListVersionComparer.Compare(earlier, newer);

        Assert.Single(result.Changed);
        Assert.Empty(result.Gone);
    }

    [Fact]
    public void Compare_SameLineAnotherPerson_IsOneGoneAndOneAdded()
    {
        var earlier = new[] { Row(2, "Aram", "Invented-Sargsyan", birth: "1990-05-01") };
        var newer = new[] { Row(2, "Tigran", "Invented-Grigoryan", birth: "1999-07-07") };

        var result = ListVersionComparer.Compare(earlier, newer);

        Assert.Equal("Invented-Sargsyan", Assert.Single(result.Gone).FamilyName);
        Assert.Equal("Invented-Grigoryan", Assert.Single(result.Added).FamilyName);
        Assert.Empty(result.Changed);
    }

    [Fact]
    public void Compare_RenumberedListWhoseRowIdNowNamesSomeoneElse_DoesNotPairByTheId()
    {
        var earlier = new[] { Row(2, "Aram", "Invented-Sargsyan", rowId: "7", birth: "1990-05-01"), Row(3, "Aram", "Invented-Petrosyan", rowId: "8", birth: "1991-01-01") };
        var newer = new[] { Row(2, "Aram", "Invented-Petrosyan", rowId: "7", birth: "1991-01-01") };

        var result = ListVersionComparer.Compare(earlier, newer);

        Assert.Equal("Invented-Sargsyan", Assert.Single(result.Gone).FamilyName);
        Assert.Empty(result.Changed);
        Assert.Equal(1, result.Unchanged);
    }

    [Fact]
    public void Compare_RowIdAndFamilyAgreeButBirthDateCorrected_PairsByTheIdAndShowsTheDate()
    {
        var earlier = new[] { Row(2, "Aram", "Invented-Sargsyan", rowId: "A-17", birth: "1990-05-01") };
        var newer = new[] { Row(4, "Aram", "Invented-Sargsian", rowId: "A-17", birth: "1990-05-10") };

        var result = ListVersionComparer.Compare(earlier, newer);

        var changed = Assert.Single(result.Changed);
        Assert.Equal([ListChangeField.FamilyName, ListChangeField.BirthDate], changed.Fields.Select(f => f.Field));
    }

    [Fact]
    public void Compare_NamesakesBornApart_StayAGoneAndAnAdded()
    {
        var earlier = new[] { Row(2, "Aram", "Invented-Sargsyan", birth: "1990-05-01") };
        var newer = new[] { Row(2, "Aram", "Invented-Sargsyan", birth: "1985-02-02") };

        var result = ListVersionComparer.Compare(earlier, newer);

        Assert.Single(result.Gone);
        Assert.Single(result.Added);
    }

    [Fact]
    public void Compare_BirthDateAddedToAUniqueName_PairsByTheName()
    {
        var earlier = new[] { Row(2, "Aram", "Invented-Sargsyan") };
        var newer = new[] { Row(2, "Aram", "Invented-Sargsyan", birth: "1990-05-01") };

        var result = ListVersionComparer.Compare(earlier, newer);

        Assert.Equal(new ListFieldChange(ListChangeField.BirthDate, null, "1990-05-01"), Assert.Single(Assert.Single(result.Changed).Fields));
    }

    [Fact]
    public void Compare_ListRestatesEveryFateAtItsNewDate_IsNoChangeButACorrectedDateIs()
    {
        var earlier = Enumerable.Range(0, 5).Select(i => Row(i + 2, "Aram", $"Invented-Family{Letter(i)}", birth: "1990-05-01", fate: FateStatus.CaptureConfirmed, asOf: January)).ToList();
        var newer = earlier.Select(r => r with { EntryId = Guid.NewGuid(), FateAsOf = February }).ToList();
        newer[4] = newer[4] with { FateAsOf = PartialDate.OfDay(2020, 11, 3) };

        var result = ListVersionComparer.Compare(earlier, newer);

        var changed = Assert.Single(result.Changed);
        Assert.Equal(new ListFieldChange(ListChangeField.FateDate, "2021-01-12", "2020-11-03"), Assert.Single(changed.Fields));
        Assert.Equal(4, result.Unchanged);
    }

    [Fact]
    public void Compare_TwoListsOf100000Rows_FindsTheThousandGone()
    {
        var earlier = new List<ListChangeRow>(100_000);
        for (var i = 0; i < 100_000; i++)
        {
            // Half linked to people, half waiting for review; every name distinct.
            earlier.Add(Row(i + 2, "Aram", "Invented-" + Word(i), birth: "1990-05-01", identity: i % 2 == 0 ? Guid.NewGuid() : null, fate: FateStatus.Detained, asOf: January));
        }

        var newer = earlier.Skip(1_000).Select((r, i) => r with { EntryId = Guid.NewGuid(), Line = i + 2, FateAsOf = February }).ToList();

        var result = ListVersionComparer.Compare(earlier, newer);

        Assert.Equal(1_000, result.Gone.Count);
        Assert.Empty(result.Added);
        Assert.Equal(99_000, result.Unchanged);
    }

    private static ListChangeRow Row(
        int line, string given, string family, string? rowId = null, string? birth = null, Guid? identity = null, FateStatus? fate = null, PartialDate? asOf = null) =>
        new(Guid.NewGuid(), line, rowId, given, family, null, birth, fate, asOf, null, null, null, identity, identity is null ? null : given + " " + family, identity);

    private static string Letter(int i) => ((char)('a' + i)).ToString();

    // A distinct pronounceable word per number, so that name keys differ (digits alone would too, but lists have letters).
    private static string Word(int number)
    {
        const string syllables = "bakodemiguparotesunaviluzeha";
        var text = new System.Text.StringBuilder();
        var n = number;
        do
        {
            text.Append(syllables, n % 14 * 2, 2);
            n /= 14;
        }
        while (n > 0);
        return text.ToString() + number.ToString(CultureInfo.InvariantCulture);
    }
}
