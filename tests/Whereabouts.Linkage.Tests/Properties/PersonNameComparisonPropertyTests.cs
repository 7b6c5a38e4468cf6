using CsCheck;
using Whereabouts.Linkage.Comparisons;

namespace Whereabouts.Linkage.Tests.Properties;

/// <summary>
/// The fast path of the person-name comparison (hashes and letter sets held by value) gives the
/// same level as the comparison through the name objects, for names in four scripts with every
/// kind of variation the comparison knows: spellings, suffixes, swaps, initials, typos, gaps.
/// </summary>
public sealed class PersonNameComparisonPropertyTests
{
    // Invented combinations of common names; no real person is described.
    private static readonly Gen<string> Given = Gen.OneOf(
        "Arman", "Armen", "Арман", "Արման", "Hayk", "Айк", "Հայկ", "Levon", "Левон", "Rəşad", "Рашад", "Rashad",
        "Elvin", "Эльвин", "Armam", "Narek", "Nareg", "A.", "Р.", "Ə", "Anna", "Анна", "Aliyev", "Hovhannes", "Оганес", "Ованес");

    private static readonly Gen<string> Family = Gen.OneOf(
        "Harutyunyan", "Harutiunian", "Арутюнян", "Հարությունյան", "Petrosyan", "Петросян", "Abbas", "Abbasov", "Аббасов",
        "Abbaslı", "Abbaszadə", "Aliyev", "Aliyeva", "Алиева", "Alijeva", "Khachatryan", "Chaczatrian", "Хачатрян",
        "Geghamyan", "Geghamjan", "Harutyunyam", "Arman", "H.", "Mammadov", "Məmmədov", "Мамедов");

    private static readonly Gen<NameColumnValues> Row = Gen.Frequency(
        (6, Gen.Select(Given.Null(), Family.Null()).Select(x => new NameColumnValues(x.Item1, x.Item2, null, null))),
        (2, Gen.Select(Family, Given).Select(x => new NameColumnValues(null, null, null, x.Item1 + " " + x.Item2))),
        (1, Gen.Select(Given, Family).Select(x => new NameColumnValues(null, null, null, x.Item1 + " " + x.Item2))));

    [Fact]
    public void Compare_AnyTwoNames_FastPathGivesTheLevelOfTheObjectPath()
    {
        Row.Array[1, 12].Select(Row.Array[1, 12]).Sample((lefts, rights) =>
        {
            var left = Read(lefts);
            var right = Read(rights);
            var comparison = new PersonNameComparison();
            for (var i = 0; i < lefts.Length; i++)
            {
                for (var j = 0; j < rights.Length; j++)
                {
                    var a = left.Names![i];
                    var b = right.Names![j];
                    var expected = a is null || b is null || !a.HasName || !b.HasName ? 0 : Reference(a, b);
                    if (comparison.Compare(left, i, right, j) != expected)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: 2_000);
    }

    private static int Reference(PersonName a, PersonName b)
    {
        var parts = new ObjectParts(a, b);
        return PersonNameComparison.Decide(ref parts);
    }

    private static PreparedField Read(NameColumnValues[] rows)
    {
        var field = new PreparedField(rows.Length);
        new PersonNameComparison().PrepareNames(PersonNameReader.ReadTable(rows), field);
        return field;
    }
}
