using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Tests.Names;

public sealed class NameDataFileTests
{
    private static readonly Dictionary<string, int> ColumnsByTable = new(StringComparer.Ordinal)
    {
        [TransliterationTable.ArmenianFile] = 2,
        [TransliterationTable.CyrillicFile] = 2,
        [TransliterationTable.AzerbaijaniFile] = 2,
        [TransliterationTable.LatinFile] = 2,
        [FamilySuffixes.File] = 2,
        [NameAliases.File] = 2,
        [PatronymicForms.File] = 3,
        [ForeignSpellings.File] = 3,
    };

    public static TheoryData<string> Tables() => [.. NameDataFile.All];

    [Fact]
    public void All_ListsExactlyTheEmbeddedTables()
    {
        var embedded = typeof(NameDataFile).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(NameDataFile.ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[NameDataFile.ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal);

        Assert.Equal(embedded, NameDataFile.All.Order(StringComparer.Ordinal));
        Assert.Equal(ColumnsByTable.Keys.Order(StringComparer.Ordinal), NameDataFile.All.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Read_EveryTable_LoadsWithRowsAndHasNoDuplicateSource(string table)
    {
        var rows = NameDataFile.Read(table, ColumnsByTable[table]);

        Assert.NotEmpty(rows);
        // The source is the first column, or kind and form together in the patronymic table.
        // In the foreign spellings, convention and source together.
        var sources = rows.Select(row => table is PatronymicForms.File or ForeignSpellings.File ? row.Cells[0] + " " + row.Cells[1] : row.Cells[0]).ToList();
        var duplicates = sources.GroupBy(source => source, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void TransliterationTables_HaveNoSourceDefinedInTwoScripts()
    {
        var all = new[] { TransliterationTable.ArmenianFile, TransliterationTable.CyrillicFile, TransliterationTable.AzerbaijaniFile, TransliterationTable.LatinFile }
            .SelectMany(table => TransliterationTable.ReadRules(table).Select(rule => rule.Written))
            .ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Defaults_AllLoadWithoutErrors()
    {
        Assert.NotNull(TransliterationTable.Default);
        Assert.NotNull(FamilySuffixes.Default);
        Assert.NotNull(NameAliases.Default);
        Assert.NotEmpty(PatronymicForms.Default.Endings);
    }

    [Fact]
    public void ArmenianTable_CoversEveryLetterOfTheAlphabet()
    {
        var sources = TransliterationTable.ReadRules(TransliterationTable.ArmenianFile).Select(rule => rule.Source).ToHashSet(StringComparer.Ordinal);

        for (var letter = 'ա'; letter <= 'ֆ'; letter++)
        {
            Assert.Contains(new string(letter, 1), sources);
        }
    }

    [Fact]
    public void CyrillicTable_CoversEveryRussianLetter()
    {
        var sources = TransliterationTable.ReadRules(TransliterationTable.CyrillicFile).Select(rule => rule.Source).ToHashSet(StringComparer.Ordinal);

        for (var letter = 'а'; letter <= 'я'; letter++)
        {
            Assert.Contains(new string(letter, 1), sources);
        }

        Assert.Contains("ё", sources);
    }

    [Fact]
    public void Aliases_ReplacementsAreNotThemselvesRewritten()
    {
        var prefixes = NameDataFile.Read(NameAliases.File, 2).Select(row => row.Cells[0]).ToList();

        foreach (var row in NameDataFile.Read(NameAliases.File, 2))
        {
            var replacement = row.Cells[1];
            Assert.DoesNotContain(prefixes, prefix => replacement.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void DataTables_AreAsciiLatinOnTheTargetSide()
    {
        foreach (var table in new[] { FamilySuffixes.File, NameAliases.File })
        {
            foreach (var row in NameDataFile.Read(table, 2))
            {
                Assert.All(row.Cells, cell => Assert.Matches("^[a-z]*$", cell));
            }
        }
    }
}
