using Whereabouts.Tables.Layout;

namespace Whereabouts.Tables.Tests.Layout;

// This part: full names split in the list's order.
public sealed partial class ListReaderTests
{
    [Fact]
    public void Read_FioFamilyFirstWithPatronymics_SplitsEachNameAndReportsTheDetectedOrder()
    {
        var file = Sheets.Of(
            ["№", "ФИО", "д.р."],
            ["1", "Invented-Арутюнян Арман Гарикович", "1985"],
            ["2", "Петросян Нарек Самвелович", "1990"],
            ["3", "Алиев Рашад Вугар оглы", "1988"],
            ["4", "Саргсян А.Г.", "1979"],
            ["5", "Левон Каро Ашотович", "1980"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(NameOrder.FamilyFirst, reading.Layout.NameOrder);
        Assert.True(reading.Layout.NameOrderDetected);
        Assert.Equal(
            [
                ("Invented-Арутюнян", "Арман", "Гарикович"),
                ("Петросян", "Нарек", "Самвелович"),
                ("Алиев", "Рашад", "Вугар оглы"),
                ("Саргсян", "А.", "Г."),
                ("Левон", "Каро", "Ашотович"),
            ],
            reading.Rows.Select(r => (r.FamilyName, r.GivenName, r.Patronymic)));
        Assert.Equal("Invented-Арутюнян Арман Гарикович", reading.Rows[0].FullName);
    }

    [Fact]
    public void Read_ArmenianAndAzerbaijaniFullNames_AreSplitFamilyFirst()
    {
        var file = Sheets.Of(
            ["Ազգանուն Անուն Հայրանուն"],
            ["Invented-Հարությունյան Արման Գարիկի"],
            ["Abbasova Leyla Vüqar qızı"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(("Invented-Հարությունյան", "Արման", "Գարիկի"), (reading.Rows[0].FamilyName, reading.Rows[0].GivenName, reading.Rows[0].Patronymic));
        Assert.Equal(("Abbasova", "Leyla", "Vüqar qızı"), (reading.Rows[1].FamilyName, reading.Rows[1].GivenName, reading.Rows[1].Patronymic));
    }

    [Fact]
    public void Read_EnglishGivenFamilyOrder_IsDetectedAndAppliedToNamesWithoutSuffix()
    {
        var file = Sheets.Of(
            ["Name", "Born"],
            ["Arman Harutyunyan", "1985"],
            ["Narek Petrosyan", "1990"],
            ["Levon Karo", "1980"],
            ["Anna Maria Invented-Sargsyan R.", "1992"]);

        var reading = ListReader.Read(file, cancellationToken: Cancel);

        Assert.Equal(NameOrder.FamilyLast, reading.Layout.NameOrder);
        Assert.True(reading.Layout.NameOrderDetected);
        Assert.Equal(("Karo", "Levon"), (reading.Rows[2].FamilyName, reading.Rows[2].GivenName));
        Assert.Equal(("Invented-Sargsyan", "Anna Maria", "R."), (reading.Rows[3].FamilyName, reading.Rows[3].GivenName, reading.Rows[3].Patronymic));
    }

    [Fact]
    public void Read_NamesThatDoNotTellTheOrder_AreReadFamilyFirst()
    {
        var reading = ListReader.Read(Sheets.Of(["ФИО"], ["Левон Каро"], ["Hayk Aram"]), cancellationToken: Cancel);

        Assert.Equal(NameOrder.FamilyFirst, reading.Layout.NameOrder);
        Assert.True(reading.Layout.NameOrderDetected);
        Assert.Equal("Левон", reading.Rows[0].FamilyName);
    }

    [Fact]
    public void Read_MappingNameOrder_WinsOverDetection()
    {
        var reading = ListReader.Read(Sheets.Of(["ФИО"], ["Левон Каро"]), new ListMapping { NameOrder = NameOrder.FamilyLast }, Cancel);

        Assert.Equal(NameOrder.FamilyLast, reading.Layout.NameOrder);
        Assert.False(reading.Layout.NameOrderDetected);
        Assert.Equal(("Каро", "Левон"), (reading.Rows[0].FamilyName, reading.Rows[0].GivenName));
    }

    [Fact]
    public void Read_SeparateColumnBesideAFullName_WinsOverTheSplitPart()
    {
        var file = Sheets.Of(["ФИО", "Отчество"], ["Invented-Арутюнян Арман Г.", "Гарикович"]);

        var row = Assert.Single(ListReader.Read(file, cancellationToken: Cancel).Rows);

        Assert.Equal("Гарикович", row.Patronymic);
        Assert.Equal("Invented-Арутюнян", row.FamilyName);
        Assert.Equal("Арман", row.GivenName);
    }
}
