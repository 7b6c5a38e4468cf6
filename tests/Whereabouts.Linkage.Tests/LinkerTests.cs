using Whereabouts.Linkage.Records;
using Whereabouts.Linkage.Settings;
using Whereabouts.Linkage.Tests.Support;

namespace Whereabouts.Linkage.Tests;

public sealed class LinkerTests
{
    private static LinkageSettings PersonSettings => LinkageSettings.ForPersonLists(["id", "given_name", "family_name", "birth_date"]);

    [Fact]
    public void Link_LatinListAgainstCyrillicAndArmenianList_FindsThePeopleAndNotTheirNamesakes()
    {
        var (left, right) = InventedLists.LatinAndOtherScripts(people: 400, namesakes: 60);

        var result = new Linker(PersonSettings).Link(left, right, cancellationToken: TestContext.Current.CancellationToken);

        var predicted = result.Matches.Select(p => (left.Ids[p.Left], right.Ids[p.Right])).ToList();
        var correct = predicted.Count(p => p.Item1[1..] == p.Item2[1..] && p.Item2[0] == 'R');
        var namesakes = predicted.Count(p => p.Item2[0] == 'N');
        // A tenth of the right list gives the birth year only; with twelve given and twelve family
        // names, some of those are honestly ambiguous between namesakes born the same year.
        Assert.True(correct >= 340, $"found {correct} of 400 people");
        Assert.Equal(0, namesakes);
        Assert.True(predicted.Count - correct <= 4, $"{predicted.Count - correct} wrong pairs");
    }

    [Fact]
    public void Link_FullNameColumnAgainstSeparateColumnsInAnotherScript_FindsThePeopleAndSaysWhenNamesWereSwapped()
    {
        var (left, right) = InventedLists.FullNamesAndColumns(people: 300, out var swapped);
        var settings = LinkageSettings.ForPersonLists([.. left.Columns.Union(right.Columns)]);

        var result = new Linker(settings).Link(left, right, cancellationToken: TestContext.Current.CancellationToken);

        var predicted = result.Matches.Select(p => (Left: left.Ids[p.Left], Right: right.Ids[p.Right], LeftIndex: p.Left, RightIndex: p.Right)).ToList();
        var correct = predicted.Count(p => p.Left[1..] == p.Right[1..]);
        Assert.True(correct >= 285, $"found {correct} of 300 people");
        Assert.True(predicted.Count - correct <= 3, $"{predicted.Count - correct} wrong pairs");
        var swappedPair = predicted.First(p => p.Right == swapped[0]);
        var name = result.Explain(swappedPair.LeftIndex, swappedPair.RightIndex).Fields.Single(f => f.Field == "name");
        Assert.Equal("names_swapped", name.Level);
        Assert.StartsWith("family and given names swapped", name.Detail, StringComparison.Ordinal);
        Assert.True(name.Weight > 0);
    }

    [Fact]
    public void Link_SameInputTwice_GivesTheSameModelAndPairs()
    {
        var (left, right) = InventedLists.LatinAndOtherScripts(people: 200, namesakes: 20);

        var first = new Linker(PersonSettings).Link(left, right, cancellationToken: TestContext.Current.CancellationToken);
        var second = new Linker(PersonSettings).Link(left, right, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.Matches, second.Matches);
        Assert.Equal(first.Model.Lambda, second.Model.Lambda);
    }

    [Fact]
    public void Explain_AMatchedPair_FieldWeightsAddUpToTheTotal()
    {
        var (left, right) = InventedLists.LatinAndOtherScripts(people: 300, namesakes: 30);
        var result = new Linker(PersonSettings).Link(left, right, cancellationToken: TestContext.Current.CancellationToken);
        var pair = result.Matches[0];

        var explanation = result.Explain(pair.Left, pair.Right);

        Assert.Equal(pair.Weight, explanation.Weight, 6);
        Assert.Equal(explanation.Weight, explanation.PriorWeight + explanation.Fields.Sum(f => f.Weight), 6);
        Assert.Equal(["name", "birth_date"], explanation.Fields.Select(f => f.Field));
        Assert.All(explanation.Fields, f => Assert.NotEqual("different", f.Level));
        Assert.Equal(1.0, explanation.Fields.Sum(f => f.Share), 6);
    }

    [Fact]
    public void Explain_CommonSurnameAgreesLessThanARareOne()
    {
        string?[] Row(string id, string given, string family, string born) => [id, given, family, born];
        var rows = new List<string?[]>();
        for (var i = 0; i < 60; i++)
        {
            rows.Add(Row($"g{i}", i % 2 == 0 ? "Karen" : "Levon", "Grigoryan", $"{1990 + (i % 10)}-0{1 + (i % 9)}-1{i % 10}"));
        }

        rows.Add(Row("z1", "Narek", "Zohrabyan", "1999-01-01"));
        rows.Add(Row("z2", "Narek", "Zohrabyan", "1999-01-01"));
        rows.Add(Row("c1", "Narek", "Grigoryan", "1999-01-01"));
        rows.Add(Row("c2", "Narek", "Grigoryan", "1999-01-01"));
        var table = new RecordTable("list.csv", ["id", "given_name", "family_name", "birth_date"], "id", rows);
        var result = new Linker(PersonSettings with { Threshold = 0.5 }).Deduplicate(table, cancellationToken: TestContext.Current.CancellationToken);
        int Index(string id) => table.Ids.ToList().IndexOf(id);

        var rare = result.Explain(Index("z1"), Index("z2")).Fields.Single(f => f.Field == "name");
        var common = result.Explain(Index("c1"), Index("c2")).Fields.Single(f => f.Field == "name");

        Assert.True(rare.AdjustedForFrequency && common.AdjustedForFrequency);
        Assert.True(rare.Weight > common.Weight + 3, $"rare {rare.Weight:F2}, common {common.Weight:F2}");
    }

    [Fact]
    public void Link_FieldWhoseColumnIsMissing_SaysWhichTableAndColumn()
    {
        var left = new RecordTable("left.csv", ["id", "family_name"], "id", [["1", "Grigoryan"]]);
        var right = new RecordTable("right.csv", ["id", "surname"], "id", [["1", "Grigoryan"]]);
        var settings = LinkageSettings.ForPersonLists(["id", "family_name"]);

        var error = Assert.Throws<LinkageInputException>(() => new Linker(settings).Link(left, right, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("right.csv, line 1: there is none of the columns 'given_name', 'family_name', 'patronymic', 'full_name' for field 'name'.", error.Message);
    }

    [Fact]
    public void Clusters_ListWithOtherScriptCopiesOfSomePeople_GroupsEachPersonWithOnlyTheirCopy()
    {
        var (left, right) = InventedLists.LatinAndOtherScripts(people: 300, namesakes: 0);
        var rows = left.Rows.Select(r => (string?[])r.Clone()).ToList();
        rows.AddRange(right.Rows.Take(60).Where(r => r[3]!.Length > 4).Select(r => (string?[])r.Clone()));
        var table = new RecordTable("both.csv", ["id", "given_name", "family_name", "birth_date"], "id", rows);

        var result = new Linker(PersonSettings).Deduplicate(table, cancellationToken: TestContext.Current.CancellationToken);
        var clusters = result.Clusters();

        var copies = rows.Count - left.Count;
        Assert.InRange(clusters.Count, copies - 3, copies);
        Assert.All(clusters, cluster =>
        {
            var ids = cluster.Select(i => table.Ids[i]).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(2, ids.Count);
            Assert.Equal(ids[0][1..], ids[1][1..]);
        });
    }
}
