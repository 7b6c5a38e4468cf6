using System.Text;
using Whereabouts.Cli.Tests.Support;

namespace Whereabouts.Cli.Tests;

public sealed class LinkCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("whereabouts-link-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Link_TwoListsInDifferentScripts_WritesTheMatchingPairs()
    {
        var left = await WriteAsync("left.csv", People((id, g, f, b) => $"{id},{g.Latin},{f.Latin},{b:yyyy-MM-dd}"));
        var right = await WriteAsync("right.csv", People((id, g, f, b) => $"r{id},{g.Cyrillic},{f.Cyrillic},{b:dd.MM.yyyy}"));
        var output = Path.Combine(_folder, "pairs.csv");

        var run = await CliRun.RunAsync("link", left, right, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("left_id,right_id,match_probability,match_weight", lines[0]);
        var pairs = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.InRange(pairs.Count(p => "r" + p[0] == p[1]), 115, 120);
        Assert.All(pairs, p => Assert.InRange(double.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), 0.9, 1.0));
        Assert.Contains("matching pairs", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_IdsThatAreFormulas_ComeOutAsText()
    {
        var left = await WriteAsync("left.csv", People((id, g, f, b) => $"={id}+1,{g.Latin},{f.Latin},{b:yyyy-MM-dd}"));
        var right = await WriteAsync("right.csv", People((id, g, f, b) => $"@r{id},{g.Cyrillic},{f.Cyrillic},{b:dd.MM.yyyy}"));
        var output = Path.Combine(_folder, "pairs.csv");

        var run = await CliRun.RunAsync("link", left, right, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var pairs = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Skip(1).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Matches("^\"'=[0-9]+\\+1\",\"'@r[0-9]+\",", p));
    }

    [Fact]
    public async Task Link_OneList_DeduplicatesToStandardOutput()
    {
        var rows = People((id, g, f, b) => $"{id},{g.Latin},{f.Latin},{b:yyyy-MM-dd}").ToList();
        rows.AddRange(People((id, g, f, b) => $"c{id},{g.Cyrillic},{f.Cyrillic},{b:dd.MM.yyyy}").Skip(1).Take(30));
        var list = await WriteAsync("list.csv", rows);

        var run = await CliRun.RunAsync("link", list);

        Assert.Equal(0, run.ExitCode);
        var pairs = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.InRange(pairs.Count(p => p[1] == "c" + p[0] || p[0] == "c" + p[1]), 27, 30);
    }

    [Fact]
    public async Task Link_FullNameInCyrillicAgainstSeparateLatinColumns_FindsThePairsAndExplainsThem()
    {
        var (fullNames, columns) = FullNamesAndColumns();
        var left = await WriteAsync("fio.csv", fullNames);
        var right = await WriteAsync("columns.csv", columns);
        var output = Path.Combine(_folder, "pairs.csv");

        var run = await CliRun.RunAsync("link", left, right, "--out", output, "--explain");

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("left_id,right_id,match_probability,match_weight,explanation", lines[0]);
        var pairs = lines.Skip(1).Select(l => (Left: l[..l.IndexOf(',', StringComparison.Ordinal)], Right: l.Split(',')[1], Line: l)).ToList();
        Assert.InRange(pairs.Count(p => "r" + p.Left == p.Right), 57, 60);
        Assert.True(pairs.Count(p => "r" + p.Left != p.Right) <= 1, string.Join('\n', pairs.Where(p => "r" + p.Left != p.Right).Select(p => p.Line)));
        Assert.Contains(pairs, p => p.Line.Contains("read as family", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.Right == "r3" && p.Line.Contains("family and given names swapped", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.Right == "r4" && p.Line.Contains("patronymic initial", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("key,family_name\n1,Grigoryan\n", "list.csv, line 1: there is no id column 'id'")]
    [InlineData("id,family_name\n1,Grigoryan\n1,Petrosyan\n", "list.csv, line 3: the id '1' was already used on line 2")]
    [InlineData("id,family_name\n1,Grigoryan,x\n", "list.csv, line 2: the row has 3 values")]
    public async Task Link_BadInput_StopsWithFileLineAndReason(string content, string expected)
    {
        var list = await WriteAsync("list.csv", [content.TrimEnd('\n')]);

        var run = await CliRun.RunAsync("link", list);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Link_BadSettings_SaysWhatIsWrongInTheSettings()
    {
        var list = await WriteAsync("list.csv", ["id,family_name", "1,Grigoryan"]);
        var settings = await WriteAsync("s.json", ["{ \"fields\": [ { \"name\": \"family_name\" } ], \"blocking\": [ [ \"surname\" ] ] }"]);

        var run = await CliRun.RunAsync("link", list, "--settings", settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("s.json: blocking rule [surname] names 'surname', which is not a field", run.Error, StringComparison.Ordinal);
    }

    private async Task<string> WriteAsync(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllLinesAsync(path, lines, new UTF8Encoding(false), TestContext.Current.CancellationToken);
        return path;
    }

    // Invented people: common given, family and fathers' names combined at random, in Cyrillic
    // ("Фамилия Имя Отчество" in one column) and in Latin (separate columns, the father in the
    // Armenian genitive, every 13th row with given and family swapped, every 11th with the
    // patronymic as an initial).
    private static (List<string> FullNames, List<string> Columns) FullNamesAndColumns()
    {
        (string, string)[] given = [("Arman", "Арман"), ("Artak", "Артак"), ("Gevorg", "Геворг"), ("Karen", "Карен"), ("Levon", "Левон"), ("Narek", "Нарек"), ("Tigran", "Тигран"), ("Samvel", "Самвел")];
        (string, string)[] family = [("Harutyunyan", "Арутюнян"), ("Grigoryan", "Григорян"), ("Petrosyan", "Петросян"), ("Hakobyan", "Акопян"), ("Sargsyan", "Саргсян"), ("Zohrabyan", "Зограбян"), ("Beglaryan", "Бегларян"), ("Avetisyan", "Аветисян")];
        (string, string)[] fathers = [("Ruben", "Рубен"), ("Garik", "Гарик"), ("Vardan", "Вардан"), ("Suren", "Сурен"), ("Hrant", "Грант"), ("Ashot", "Ашот")];
        var random = new Random(13);
        List<string> fullNames = ["id,full_name,birth_date"];
        List<string> columns = ["id,given_name,family_name,patronymic,birth_date"];
        for (var i = 0; i < 60; i++)
        {
            var (g, f, father) = (given[random.Next(given.Length)], family[random.Next(family.Length)], fathers[random.Next(fathers.Length)]);
            var born = new DateOnly(1990 + random.Next(12), 1 + random.Next(12), 1 + random.Next(28));
            fullNames.Add($"{i},{f.Item2} {g.Item2} {father.Item2}ович,{born:dd.MM.yyyy}");
            var swapped = i % 13 == 3;
            var patronymic = i % 11 == 4 ? father.Item1[..1] + "." : father.Item1 + "i";
            columns.Add($"r{i},{(swapped ? f.Item1 : g.Item1)},{(swapped ? g.Item1 : f.Item1)},{patronymic},{born:yyyy-MM-dd}");
        }

        return (fullNames, columns);
    }

    private static IEnumerable<string> People(Func<int, (string Latin, string Cyrillic), (string Latin, string Cyrillic), DateOnly, string> format)
    {
        (string, string)[] given = [("Arayik", "Араик"), ("Artak", "Артак"), ("Gevorg", "Геворг"), ("Karen", "Карен"), ("Levon", "Левон"), ("Narek", "Нарек"), ("Tigran", "Тигран"), ("Samvel", "Самвел")];
        (string, string)[] family = [("Harutyunyan", "Арутюнян"), ("Grigoryan", "Григорян"), ("Petrosyan", "Петросян"), ("Hakobyan", "Акопян"), ("Sargsyan", "Саргсян"), ("Zohrabyan", "Зограбян"), ("Beglaryan", "Бегларян"), ("Avetisyan", "Аветисян")];
        yield return "id,given_name,family_name,birth_date";
        var random = new Random(11);
        for (var i = 0; i < 120; i++)
        {
            yield return format(i, given[random.Next(given.Length)], family[random.Next(family.Length)], new DateOnly(1995 + random.Next(8), 1 + random.Next(12), 1 + random.Next(28)));
        }
    }
}
