using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Tests.Layout;

// This part: cells read (dates, sex, fate, extra values) and rows that are not people.
public sealed partial class ListReaderTests
{
    [Theory]
    [InlineData("12.05.1985", 1985, 5, 12)]
    [InlineData("2.5.1985", 1985, 5, 2)]
    [InlineData("12/05/1985", 1985, 5, 12)]
    [InlineData("12-05-1985", 1985, 5, 12)]
    [InlineData("1985-05-12", 1985, 5, 12)]
    [InlineData("12.05.1985 0:00:00", 1985, 5, 12)]
    [InlineData("12.05.1985 г.", 1985, 5, 12)]
    [InlineData("05.1985", 1985, 5, null)]
    [InlineData("1985-05", 1985, 5, null)]
    [InlineData("1985", 1985, null, null)]
    [InlineData("1985 г.", 1985, null, null)]
    [InlineData("1985г.", 1985, null, null)]
    [InlineData("1985 թ.", 1985, null, null)]
    [InlineData("1985թ.", 1985, null, null)]
    [InlineData("1985-ci il", 1985, null, null)]
    [InlineData("1985 il", 1985, null, null)]
    public void Read_DateWrittenAsListsWriteIt_IsRead(string written, int year, int? month, int? day)
    {
        var row = Assert.Single(ListReader.Read(Sheets.Row(("Фамилия", "Invented-Aliyev"), ("Дата рождения", written)), cancellationToken: Cancel).Rows);

        Assert.Equal((year, month, day), (row.BirthDate!.Year, row.BirthDate.Month, row.BirthDate.Day));
        Assert.Equal(written, row.BirthDate.Written);
    }

    [Theory]
    [InlineData("31179")]
    [InlineData("31179.0")]
    public void Read_SerialNumberWrittenAsText_IsTheDayItStandsFor(string written)
    {
        var row = Assert.Single(ListReader.Read(Sheets.Row(("Фамилия", "Invented-Aliyev"), ("д.р.", written)), cancellationToken: Cancel).Rows);

        Assert.Equal(new ListDate(1985, 5, 12, "1985-05-12"), row.BirthDate);
    }

    [Fact]
    public void Read_WorkbookDateAndSerialNumberCells_AreReadAsTheirDay()
    {
        var file = Sheets.File("Sheet1",
        [
            new TableRow(1, [new TableCell("Surname"), new TableCell("Date of birth"), new TableCell("Date missing")]),
            new TableRow(2, [new TableCell("Invented-Mammadov"), new TableCell("12/5/85", Date: new DateOnly(1985, 5, 12)), new TableCell("44131", Number: 44131)]),
            new TableRow(3, [new TableCell("Invented-Hasanov"), new TableCell("1990", Number: 1990), TableCell.Empty]),
        ]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(new ListDate(1985, 5, 12, "1985-05-12"), reading.Rows[0].BirthDate);
        Assert.Equal(new ListDate(2020, 10, 27, "2020-10-27"), reading.Rows[0].FateDate);
        Assert.Equal(new ListDate(1990, null, null, "1990"), reading.Rows[1].BirthDate);
        Assert.Null(reading.Rows[1].FateDate);
        Assert.Empty(reading.Problems);
    }

    [Theory]
    [InlineData("31.02.2001", "is not a date that exists")]
    [InlineData("12.13.2001", "is not a date that exists")]
    [InlineData("00.05.2001", "is not a date that exists")]
    [InlineData("12.05.1850", "is before 1900")]
    [InlineData("1850", "is before 1900")]
    [InlineData("12.05.2999", "is in the future")]
    [InlineData("2999", "is in the future")]
    [InlineData("вчера", "is not a date")]
    [InlineData("1985 abc", "is not a date")]
    [InlineData("12.05.85", "is not a date")]
    [InlineData("99999999", "is not a date")]
    [InlineData("1.2.3.4", "is not a date")]
    public void Read_DateThatIsNotOne_IsAProblemWithLineColumnAndValue(string written, string expected)
    {
        var file = Sheets.Of("Лист1", ["Title (invented)"], ["Фамилия", "Дата рождения"], ["Invented-Aliyev", written]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(("Лист1", 3, "Дата рождения"), (problem.Sheet, problem.Line, problem.Column));
        Assert.Contains($"'{written}' {expected}", problem.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(reading.Rows).BirthDate);
    }

    [Fact]
    public void Read_FateDateThatIsNotOne_NamesTheFateDateColumn()
    {
        var reading = ListReader.Read(Sheets.Row(("Surname", "Invented-Aliyev"), ("Date of capture", "soon")), cancellationToken: Cancel);

        Assert.Equal("Date of capture", Assert.Single(reading.Problems).Column);
    }

    [Theory]
    [InlineData("м", ListSex.Male)]
    [InlineData("Муж.", ListSex.Male)]
    [InlineData("ар", null)]
    [InlineData("Ար", ListSex.Male)]
    [InlineData("արական", ListSex.Male)]
    [InlineData("KİŞİ", ListSex.Male)]
    [InlineData("male", ListSex.Male)]
    [InlineData("Ж", ListSex.Female)]
    [InlineData("женский", ListSex.Female)]
    [InlineData("Իգ.", ListSex.Female)]
    [InlineData("QADIN", ListSex.Female)]
    [InlineData("F", ListSex.Female)]
    [InlineData("unknown", null)]
    [InlineData("м ж", null)]
    public void Read_SexWordOfAnyLanguage_IsRead(string written, ListSex? expected)
    {
        var row = Assert.Single(ListReader.Read(Sheets.Row(("Фамилия", "Invented-Aliyeva"), ("Пол", written)), cancellationToken: Cancel).Rows);

        Assert.Equal(expected, row.Sex);
    }

    [Theory]
    [InlineData("Пропал без вести", "Missing")]
    [InlineData("пропал без вести 12.10.2020", "Missing")]
    [InlineData("не найден", "Missing")]
    [InlineData("в плену", "CaptureConfirmed")]
    [InlineData("взят в плен", "ReportedCaptured")]
    [InlineData("Освобождён", "Released")]
    [InlineData("погиб", "Deceased")]
    [InlineData("Останки опознаны", "RemainsIdentified")]
    [InlineData("Անհետ կորած", "Missing")]
    [InlineData("գերի", "CaptureConfirmed")]
    [InlineData("զոհված", "Deceased")]
    [InlineData("Հայրենադարձված", "Repatriated")]
    [InlineData("İtkin düşmüş", "Missing")]
    [InlineData("əsir", "CaptureConfirmed")]
    [InlineData("Həlak olub", "Deceased")]
    [InlineData("məhkum edilib", "Sentenced")]
    [InlineData("missing", "Missing")]
    [InlineData("Captured", "ReportedCaptured")]
    [InlineData("killed in action", "Deceased")]
    [InlineData("on trial", "OnTrial")]
    [InlineData("found alive", "FoundAlive")]
    [InlineData("Detained", "Detained")]
    [InlineData("RemainsRecovered", "RemainsRecovered")]
    [InlineData("capture_confirmed", "CaptureConfirmed")]
    [InlineData("в санатории", null)]
    public void Read_FateWordOfAnyLanguage_GivesTheFateStatusAndKeepsTheText(string written, string? expected)
    {
        var reading = ListReader.Read(Sheets.Row(("Фамилия", "Invented-Aliyev"), ("Судьба", written)), cancellationToken: Cancel);

        var row = Assert.Single(reading.Rows);
        Assert.Equal(expected, row.Fate);
        Assert.Equal(written, row.FateText);
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public void Read_RowWithValuesButNoName_IsAProblemAndAnEmptyRowIsSkipped()
    {
        var file = Sheets.Of(
            ["№", "Фамилия", "Имя", "Дата рождения"],
            ["1", "Invented-Petrosyan", "Aram", "1985"],
            [string.Empty, string.Empty, string.Empty, string.Empty],
            ["3", "—", string.Empty, "1990"],
            ["Итого: 1"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Single(reading.Rows);
        Assert.Equal([4, 5], reading.Problems.Select(p => p.Line));
        Assert.All(reading.Problems, p => Assert.Contains("no name", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ValueLongerThanAThousandCharacters_IsAProblemNotAValue()
    {
        var file = Sheets.Of(["Фамилия", "Примечание"], ["Invented-Petrosyan", new string('x', 1_001)], [new string('П', 5_000), "short"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        var row = Assert.Single(reading.Rows);
        Assert.Null(row.Notes);
        Assert.Equal(
            [(2, "Примечание"), (3, "Фамилия"), (3, null)],
            reading.Problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("1,001 characters", reading.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnmappedCells_AreKeptWithTheirHeaderOrLetter()
    {
        var file = Sheets.Of(["Фамилия", "Имя", "Взвод", string.Empty], ["Invented-Petrosyan", "Aram", "2-й", "see file 7", "beyond the header"]);

        var row = Assert.Single(ListReader.Read(file, cancellationToken: Cancel).Rows);

        Assert.Equal([new ListExtraValue("Взвод", "2-й"), new ListExtraValue("D", "see file 7"), new ListExtraValue("E", "beyond the header")], row.Extra);
    }

    [Fact]
    public void Read_EveryField_IsTakenFromItsColumn()
    {
        var file = Sheets.Row(
            ("№", "17"), ("Фамилия", "Invented-Petrosyan"), ("Имя", "Aram"), ("Отчество", "Samvelovich"), ("Место рождения", "Invented village"),
            ("Сторона", "Armenia"), ("Звание", "рядовой"), ("в/ч", "00000"), ("Личный номер", "AB-000"), ("Примечание", "invented"));

        var row = Assert.Single(ListReader.Read(file, cancellationToken: Cancel).Rows);

        Assert.Equal(
            ("17", "Invented-Petrosyan", "Aram", "Samvelovich", "Invented village", "Armenia", "рядовой", "00000", "AB-000", "invented"),
            (row.Id, row.FamilyName, row.GivenName, row.Patronymic, row.BirthPlace, row.Side, row.Rank, row.Unit, row.ServiceNumber, row.Notes));
        Assert.Empty(row.Extra);
    }

    [Fact]
    public void Read_HundredThousandRows_ReadsEveryRowWithoutAProblem()
    {
        string[] names = ["Invented-Арутюнян Арман Гарикович", "Invented-Петросян Нарек Самвелович", "Invented-Aliyev Rəşad Vüqar oğlu", "Invented-Հարությունյան Արման Գարիկի"];
        string[] fates = ["пропал без вести", "в плену", "погиб", "əsir"];
        var rows = new List<TableRow>(100_001) { new(1, [new TableCell("№"), new TableCell("ФИО"), new TableCell("Дата рождения"), new TableCell("в/ч"), new TableCell("Судьба")]) };
        for (var i = 0; i < 100_000; i++)
        {
            rows.Add(new TableRow(i + 2, [new TableCell($"{i + 1}"), new TableCell(names[i % 4]), new TableCell($"{1 + (i % 28):00}.{1 + (i % 12):00}.{1960 + (i % 40)}"), new TableCell("00000"), new TableCell(fates[i % 4])]));
        }

        var file = Sheets.File(null, rows);
        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(100_000, reading.Rows.Count);
        Assert.Empty(reading.Problems);
    }
}
