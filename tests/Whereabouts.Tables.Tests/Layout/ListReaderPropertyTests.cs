using System.Globalization;
using CsCheck;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Tables.Tests.Layout;

/// <summary>
/// Any sheet of any cells, read with or without any mapping, gives a reading or a
/// <see cref="TableInputException"/>, in bounded time; any text read as a mapping gives a mapping
/// or that exception; a mapping survives its JSON.
/// </summary>
public sealed class ListReaderPropertyTests
{
    private static readonly string[] Headers = ["ФИО", "Фамилия", "Имя", "Отчество", "д.р.", "Дата рождения", "Судьба", "Пол", "№", "Ազգանուն", "Soyadı", "Full name", "Date missing", "в/ч"];

    private static readonly Gen<string> Text = Gen.Frequency(
        (4, HostileInput.Name),
        (2, HostileInput.Word),
        (2, Gen.OneOf(Headers)),
        (2, Gen.OneOf("12.05.1985", "31.02.2001", "1985 г.", "05.1985", "1985-ci il", "31179", "0", "-1", "9999-99-99", "м", "ж", "в плену", "пропал без вести", "əsir")),
        (1, Gen.Char.Array[1001, 1100].Select(c => new string(c))));

    private static readonly Gen<TableCell> Cell = Gen.Frequency(
        (8, Text.Select(t => new TableCell(t))),
        (1, Gen.Double.Select(d => new TableCell(d.ToString("R", CultureInfo.InvariantCulture), Number: d))),
        (1, Gen.Int[0, 3_652_058].Select(n => new TableCell(string.Empty, Date: DateOnly.FromDayNumber(n)))),
        (2, Gen.Const(TableCell.Empty)));

    private static readonly Gen<TableFile> File = Cell.Array[0, 10].Array[0, 40].Select(rows =>
        Sheets.File("Sheet1", [.. rows.Select((cells, i) => new TableRow((i * 2) + 1, cells))]));

    private static readonly Gen<ListMapping?> Mapping = Gen.Frequency(
        (2, Gen.Const((ListMapping?)null)),
        (3, Gen.Select(
            Gen.Select(Gen.Frequency((3, Text), (2, Gen.OneOf("A", "b", "C", "AA", "ZZZ", "Sheet1", "0"))), Gen.Enum<ListField>()).Array[0, 4],
            Gen.Int[-2, 45].Select(n => n > 40 ? (int?)null : n),
            Gen.Enum<NameOrder>(),
            Gen.OneOf<string?>(null, "Sheet1", "sheet1", "Other"),
            (columns, line, order, sheet) => (ListMapping?)new ListMapping
            {
                Columns = columns.DistinctBy(c => c.Item1, StringComparer.Ordinal).ToDictionary(c => c.Item1, c => c.Item2, StringComparer.Ordinal),
                HeaderLine = line,
                NameOrder = order,
                Sheet = sheet,
            })));

    [Fact]
    public void Read_AnySheetAndMapping_ReturnsAReadingOrRefusesWithinTheTimeLimit()
    {
        Gen.Select(File, Mapping).Sample(
            (file, mapping) => HostileInput.ReturnsOrRefuses<TableInputException>(() =>
            {
                var reading = ListReader.Read(file, mapping, TestContext.Current.CancellationToken);
                Assert.NotEqual(NameOrder.Detect, reading.Layout.NameOrder);
                Assert.All(reading.Rows, r => Assert.True(r.Line > reading.Layout.HeaderLine));
            }),
            iter: HostileInput.Iterations);
    }

    [Fact]
    public void Parse_AnyText_ReturnsAMappingOrRefusesWithinTheTimeLimit()
    {
        var json = Gen.Frequency(
            (2, HostileInput.Text),
            (3, Gen.Select(Text, Text, Gen.OneOf("sheet", "headerLine", "columns", "nameOrder", "x"), (a, b, p) =>
                $"{{\"{p}\": {{\"{a.Replace("\"", "'", StringComparison.Ordinal)}\": \"{b.Replace("\"", "'", StringComparison.Ordinal)}\"}}, \"nameOrder\": \"{b}\"}}")));

        json.Sample(text => HostileInput.ReturnsOrRefuses<TableInputException>(() => ListMapping.Parse(text, "mapping.json")), iter: HostileInput.Iterations);
    }

    [Fact]
    public void ToJson_AnyMapping_ParsesBackToItself()
    {
        Mapping.Where(m => m is not null && (m.HeaderLine is null or >= 1) && m.Columns.Keys.All(k => !string.IsNullOrWhiteSpace(k) && !HasLoneSurrogate(k)) && !HasLoneSurrogate(m.Sheet))
            .Sample(
                mapping =>
                {
                    var back = ListMapping.Parse(mapping!.ToJson(), "template");
                    return back.Sheet == mapping.Sheet && back.HeaderLine == mapping.HeaderLine && back.NameOrder == mapping.NameOrder
                        && back.Columns.Count == mapping.Columns.Count && mapping.Columns.All(c => back.Columns.TryGetValue(c.Key, out var f) && f == c.Value);
                },
                iter: HostileInput.Iterations);
    }

    [Fact]
    public void ToJson_AnyMapping_GivesJsonThatParses()
    {
        Mapping.Where(m => m is not null).Sample(
            mapping => HostileInput.ReturnsOrRefuses<TableInputException>(() => ListMapping.Parse(mapping!.ToJson(), "template")),
            iter: HostileInput.Iterations);
    }

    private static bool HasLoneSurrogate(string? text)
    {
        for (var i = 0; i < (text?.Length ?? 0); i++)
        {
            if (char.IsHighSurrogate(text![i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
