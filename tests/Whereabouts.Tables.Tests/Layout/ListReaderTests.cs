using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Tables.Tests.Layout;

// Every person in these lists is invented: common names combined, family names often marked
// "Invented-"; no real person is described. This part: the header and the columns.
public sealed partial class ListReaderTests
{
    private static readonly ListField[] LanguageFields =
    [
        ListField.Id, ListField.FamilyName, ListField.GivenName, ListField.Patronymic, ListField.BirthDate, ListField.BirthPlace, ListField.Sex,
        ListField.Rank, ListField.Unit, ListField.ServiceNumber, ListField.Fate, ListField.FateDate, ListField.Notes, ListField.Side,
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("No.|Surname|First name|Patronymic|Date of birth|Place of birth|Sex|Rank|Military unit|Service number|Fate|Date of disappearance|Notes|Side")]
    [InlineData("№ п/п|Фамилия|Имя|Отчество|Дата рождения|Место рождения|Пол|Звание|Воинская часть|Личный номер|Судьба|Дата пропажи|Примечание|Сторона")]
    [InlineData("Հ/Հ|Ազգանուն|Անուն|Հայրանուն|Ծննդյան ամսաթիվ|Ծննդավայր|Սեռ|Կոչում|Զորամաս|Անձնական համար|Ճակատագիր|Անհետ կորելու ամսաթիվ|Նշումներ|Կողմ")]
    [InlineData("Sıra №|SOYADI|Adı|Ata adı|Doğum tarixi|Doğum yeri|Cinsi|Rütbə|Hərbi hissə|Şəxsi nömrə|Tale|İtkin düşdüyü tarix|Qeyd|Tərəf")]
    [InlineData("id|family_name|given_name|patronymic|birth_date|birth_place|sex|rank|unit|service_number|fate|fate_date|notes|side")]
    public void Read_HeaderWordsOfEachLanguage_MapToTheirFields(string headers)
    {
        var reading = ListReader.Read(Sheets.Of(headers.Split('|'), ["1", "Invented-Family", "Given"]), cancellationToken: Cancel);

        Assert.Equal(LanguageFields, reading.Layout.Columns.Select(c => c.Field));
        Assert.All(reading.Layout.Columns, c => Assert.False(c.FromMapping));
    }

    [Theory]
    [InlineData("ФИО", ListField.FullName)]
    [InlineData("Ф.И.О.", ListField.FullName)]
    [InlineData("Ф. И. О.", ListField.FullName)]
    [InlineData("Фамилия, имя, отчество", ListField.FullName)]
    [InlineData("Ազգանուն Անուն Հայրանուն", ListField.FullName)]
    [InlineData("Soyadı, adı, ata adı", ListField.FullName)]
    [InlineData("Full name", ListField.FullName)]
    [InlineData("Фамилия (на русском)", ListField.FamilyName)]
    [InlineData("  ФАМИЛИЯ  ", ListField.FamilyName)]
    [InlineData("д.р.", ListField.BirthDate)]
    [InlineData("Д.Р", ListField.BirthDate)]
    [InlineData("г.р.", ListField.BirthDate)]
    [InlineData("Год рождения", ListField.BirthDate)]
    [InlineData("Ծնվ. թ.", ListField.BirthDate)]
    [InlineData("Дата рождения (число, месяц, год)", ListField.BirthDate)]
    [InlineData("в/ч", ListField.Unit)]
    [InlineData("Զ/մ", ListField.Unit)]
    [InlineData("h/h", ListField.Unit)]
    [InlineData("Воинское звание", ListField.Rank)]
    [InlineData("Fate (as of 01.03.2021)", ListField.Fate)]
    [InlineData("Отчество (имя отца)", ListField.Patronymic)]
    [InlineData("Marital status", ListField.Extra)]
    [InlineData("Номер телефона", ListField.Extra)]
    [InlineData("Др. сведения", ListField.Extra)]
    [InlineData("Hərbi hissənin adı", ListField.Extra)]
    public void Read_HeaderAbbreviatedOrWithMoreWords_IsRecognisedByItsPhrase(string header, ListField expected)
    {
        var reading = ListReader.Read(Sheets.Of([header, "Имя"], ["x", "Aram"]), cancellationToken: Cancel);

        Assert.Equal(expected, reading.Layout.Columns[0].Field);
    }

    [Fact]
    public void Read_TitleRowsAboveTheHeader_AreSkipped()
    {
        var file = Sheets.Of(
            ["Список военнослужащих, пропавших без вести (вымышленные лица)"],
            ["по состоянию на 01.03.2021", string.Empty, string.Empty],
            ["№", "ФИО", "Дата рождения"],
            ["1", "Invented-Арутюнян Арман Гарикович", "12.05.1985"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(3, reading.Layout.HeaderLine);
        var row = Assert.Single(reading.Rows);
        Assert.Equal(4, row.Line);
        Assert.Equal("1", row.Id);
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public void Read_TitleMentioningNameWords_IsNotTakenForTheHeader()
    {
        var file = Sheets.Of(
            ["Список лиц (вымышленных), пропавших без вести: фамилия, имя, отчество и дата рождения"],
            ["Фамилия", "Имя"],
            ["Invented-Hasanov", "Elvin"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(2, reading.Layout.HeaderLine);
        Assert.Equal("Invented-Hasanov", Assert.Single(reading.Rows).FamilyName);
    }

    [Fact]
    public void Read_MappingHeaderLine_OverridesTheSearch()
    {
        var file = Sheets.Of(["Фамилия", "Имя"], ["Family", "Given"], ["Invented-Aliyev", "Rashad"]);

        var reading = ListReader.Read(file, new ListMapping { HeaderLine = 2 }, Cancel);

        Assert.Equal(2, reading.Layout.HeaderLine);
        Assert.Equal("Invented-Aliyev", Assert.Single(reading.Rows).FamilyName);
    }

    [Fact]
    public void Read_MappingHeaderLineWithoutNameColumn_IsRefusedQuotingIt()
    {
        var file = Sheets.Of(["Фамилия", "Имя"], ["Invented-Aliyev", "Rashad"]);

        var error = Assert.Throws<TableInputException>(() => ListReader.Read(file, new ListMapping { HeaderLine = 2 }, Cancel));

        Assert.Contains("\"Invented-Aliyev\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(error.Problems).Line);
    }

    [Fact]
    public void Read_MappingByHeader_OverridesRecognition()
    {
        var file = Sheets.Of(["Личность", "Примечание", "Имя"], ["Invented-Sargsyan Hayk", "note", "Hayk"]);
        var mapping = new ListMapping { Columns = new Dictionary<string, ListField> { ["личность"] = ListField.FullName, ["ПРИМЕЧАНИЕ"] = ListField.Extra } };

        var reading = ListReader.Read(file, mapping, Cancel);

        Assert.Equal(new ListColumn(0, "Личность", ListField.FullName, true), reading.Layout.Columns[0]);
        Assert.Equal(new ListColumn(1, "Примечание", ListField.Extra, true), reading.Layout.Columns[1]);
        Assert.Equal(new ListColumn(2, "Имя", ListField.GivenName, false), reading.Layout.Columns[2]);
        var row = Assert.Single(reading.Rows);
        Assert.Equal("Invented-Sargsyan", row.FamilyName);
        Assert.Equal("Hayk", row.GivenName);
        Assert.Null(row.Notes);
        Assert.Equal(new ListExtraValue("Примечание", "note"), Assert.Single(row.Extra));
    }

    [Fact]
    public void Read_MappingByLetter_OverridesRecognitionAndMakesTheFirstRowTheHeader()
    {
        var file = Sheets.Of(["col1", "col2", "Фамилия"], ["17", "Invented-Karapetyan Levon", "ignored"]);
        var mapping = new ListMapping { Columns = new Dictionary<string, ListField> { ["b"] = ListField.FullName, ["C"] = ListField.Notes } };

        var reading = ListReader.Read(file, mapping, Cancel);

        Assert.Equal(1, reading.Layout.HeaderLine);
        Assert.Equal([ListField.Extra, ListField.FullName, ListField.Notes], reading.Layout.Columns.Select(c => c.Field));
        var row = Assert.Single(reading.Rows);
        Assert.Equal("Invented-Karapetyan", row.FamilyName);
        Assert.Equal("ignored", row.Notes);
    }

    [Fact]
    public void Read_MappingKeyNamingNoColumn_IsAProblemNamingTheKey()
    {
        var file = Sheets.Of(["Фамилия", "Имя"], ["Invented-Aliyeva", "Leyla"]);
        var mapping = new ListMapping { Columns = new Dictionary<string, ListField> { ["Звание (полностью)"] = ListField.Rank } };

        var reading = ListReader.Read(file, mapping, Cancel);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal("Звание (полностью)", problem.Column);
        Assert.Contains("\"Звание (полностью)\"", problem.Message, StringComparison.Ordinal);
        Assert.Single(reading.Rows);
    }

    [Fact]
    public void Read_TwoFamilyNameColumns_TheSecondIsExtraAndTheLayoutSaysSo()
    {
        var file = Sheets.Of(["Фамилия", "Имя", "Фамилия (лат.)"], ["Invented-Арутюнян", "Арман", "Invented-Harutyunyan"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(new ListColumn(2, "Фамилия (лат.)", ListField.Extra, false, ListField.FamilyName), reading.Layout.Columns[2]);
        var row = Assert.Single(reading.Rows);
        Assert.Equal("Invented-Арутюнян", row.FamilyName);
        Assert.Equal(new ListExtraValue("Фамилия (лат.)", "Invented-Harutyunyan"), Assert.Single(row.Extra));
    }

    [Fact]
    public void Read_MappingClaimsAFieldAHeaderAlsoNames_TheMappedColumnKeepsIt()
    {
        var file = Sheets.Of(["Фамилия", "Surname (passport)", "Имя"], ["Invented-Арутюнян", "Invented-Harutyunyan", "Арман"]);
        var mapping = new ListMapping { Columns = new Dictionary<string, ListField> { ["B"] = ListField.FamilyName } };

        var reading = ListReader.Read(file, mapping, Cancel);

        Assert.Equal(ListField.FamilyName, reading.Layout.Columns[1].Field);
        Assert.Equal(ListField.FamilyName, reading.Layout.Columns[0].DuplicateOf);
        Assert.Equal("Invented-Harutyunyan", Assert.Single(reading.Rows).FamilyName);
    }

    [Fact]
    public void Read_NoNameColumn_IsRefusedNamingFileSheetAndQuotingTheRowsSeen()
    {
        var file = Sheets.Of("Лист1", ["Отчёт о наличии (вымышленный)"], ["Код", "Сумма"], ["A-17", "250"]);

        var error = Assert.Throws<TableInputException>(() => ListReader.Read(file, cancellationToken: Cancel));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("Лист1", problem.Sheet);
        Assert.StartsWith("invented-list.xlsx, sheet \"Лист1\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1: \"Отчёт о наличии (вымышленный)\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2: \"Код\", \"Сумма\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetOfThirtyFullWidthRowsWithoutHeader_IsRefusedWithinTheTimeLimit()
    {
        var cell = new TableCell(string.Join(' ', Enumerable.Repeat("Список вымышленных лиц пропавших без вести", 4)));
        var row = Enumerable.Repeat(cell, 16_384).ToList();
        var file = Sheets.File("Wide", [.. Enumerable.Range(1, 30).Select(line => new TableRow(line, row))]);

        HostileInput.ReturnsOrRefuses<TableInputException>(() => ListReader.Read(file, cancellationToken: Cancel));
        Assert.Throws<TableInputException>(() => ListReader.Read(file, cancellationToken: Cancel));
    }

    [Fact]
    public void Read_EmptySheet_IsRefused()
    {
        var error = Assert.Throws<TableInputException>(() => ListReader.Read(Sheets.Of(), cancellationToken: Cancel));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetTheMappingNames_IsRead()
    {
        var file = new TableFile("invented.xlsx", TableFormat.Xlsx, null, null,
        [
            new TableSheet("Cover", [new TableRow(1, [new TableCell("Invented ministry")])]),
            new TableSheet("Ցուցակ", [new TableRow(1, [new TableCell("Ազգանուն"), new TableCell("Անուն")]), new TableRow(2, [new TableCell("Invented-Պետրոսյան"), new TableCell("Նարեկ")])]),
        ]);

        var reading = ListReader.Read(file, new ListMapping { Sheet = "ցուցակ" }, Cancel);

        Assert.Equal("Ցուցակ", reading.Layout.Sheet);
        Assert.Equal("Նարեկ", Assert.Single(reading.Rows).GivenName);
    }
}
