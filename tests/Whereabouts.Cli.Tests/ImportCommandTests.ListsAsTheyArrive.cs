using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Demo;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing.Lists;

namespace Whereabouts.Cli.Tests;

/// <summary>Lists as ministries and the detaining side send them, imported with no mapping file.</summary>
public sealed partial class ImportCommandTests
{
    [Fact]
    public async Task Import_Windows1251SemicolonsTitleLineAndRussianHeaders_LinksOrQueuesKnownPeopleAndRegistersOnlyTheStranger()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var known = KnownPeople(NameScript.Cyrillic, 3);
        var text = new StringBuilder("Список военнослужащих, взятых в плен (ВЫДУМАННЫЙ, для проверки)\r\n");
        text.Append("№;ФИО;Дата рождения;Воинская часть\r\n");
        var line = 0;
        foreach (var person in known)
        {
            var name = person.Names.First(n => n.Script == NameScript.Cyrillic);
            text.Append(CultureInfo.InvariantCulture, $"{++line};{name.FamilyName} {name.GivenName} {name.Patronymic};{DayFirst(person)};в/ч 0{line}\r\n");
        }

        text.Append("4;Выдуманов Зорахан Петрович;01.01.1950;в/ч 04\r\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var list = Path.Combine(_folder, "plen-1251.csv");
        await File.WriteAllBytesAsync(list, Encoding.GetEncoding(1251).GetBytes(text.ToString()), Cancel);

        var run = await CliRun.RunAsync("import", list, "--source", "Invented list of captives (Windows-1251)", "--fate", "CaptureConfirmed", "--as-of", "2021-01-12", "--invented", "--db", DbFile);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("imported 4 rows", run.Output, StringComparison.Ordinal);
        Assert.Contains("registered as new people:   1", run.Output, StringComparison.Ordinal);
        await AssertKnownPeopleLinkedOrQueuedAsync("Invented list of captives (Windows-1251)", known);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        var stranger = await context.ListEntries.SingleAsync(e => e.RecordId == "4", Cancel);
        Assert.Equal(("Выдуманов", "Зорахан", "Петрович"), (stranger.FamilyName, stranger.GivenName, stranger.Patronymic));
        Assert.Equal("в/ч 04", stranger.Unit);
    }

    [Fact]
    public async Task Import_XlsxWithArmenianHeadersUnderAMergedTitle_LinksOrQueuesKnownPeopleAndRegistersOnlyTheStranger()
    {
        Directory.CreateDirectory(_folder);
        await CliRun.RunAsync("demo", "--db", DbFile);
        var known = KnownPeople(NameScript.Armenian, 3);
        var book = new XlsxWriter();
        var sheet = book.Sheet("Ցուցակ");
        sheet.Row(1, "Անհետ կորածների ցուցակ (ՀՈՐԻՆՎԱԾ, ստուգման համար)");
        sheet.Merge("A1:E1");
        sheet.Row(2, "Հ/Հ", "Ազգանուն", "Անուն", "Հայրանուն", "Ծննդյան ամսաթիվ");
        var row = 2;
        foreach (var person in known)
        {
            var name = person.Names.First(n => n.Script == NameScript.Armenian);
            sheet.Row(++row, row - 2, name.FamilyName, name.GivenName, name.Patronymic, person.BirthDate!.Earliest);
        }

        sheet.Row(++row, row - 2, "Հորինվածյան", "Զորախան", null, new DateOnly(1950, 1, 1));
        var list = Path.Combine(_folder, "missing.xlsx");
        await File.WriteAllBytesAsync(list, book.ToBytes(), Cancel);

        var run = await CliRun.RunAsync("import", list, "--source", "Invented list of the missing (workbook)", "--invented", "--db", DbFile);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("imported 4 rows", run.Output, StringComparison.Ordinal);
        Assert.Contains("registered as new people:   1", run.Output, StringComparison.Ordinal);
        await AssertKnownPeopleLinkedOrQueuedAsync("Invented list of the missing (workbook)", known);
    }

    // Every known person's row is linked to them or waits for review with them among the
    // candidates; none of them was registered again.
    private async Task AssertKnownPeopleLinkedOrQueuedAsync(string title, IReadOnlyList<Person> known)
    {
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(DbFile)).CreateContext();
        var source = await context.Sources.SingleAsync(s => s.Title == title, Cancel);
        var matches = await (
                from m in context.ListMatches
                join e in context.ListEntries on m.EntryId equals e.Id
                where e.SourceId == source.Id
                select new { m.PersonId, m.Origin, m.Decision })
            .ToListAsync(Cancel);
        foreach (var person in known)
        {
            Assert.Contains(matches, m => m.PersonId == person.Id && m.Origin != MatchOrigin.NewPerson);
        }

        Assert.Single(matches, m => m.Origin == MatchOrigin.NewPerson);
    }

    private static List<Person> KnownPeople(NameScript script, int count) =>
        [.. DemoCatalog.Build().People
            .Where(p => p.BirthDate?.Precision == DatePrecision.Day && p.Names.Any(n => n.Script == script && n.GivenName is not null && n.FamilyName is not null))
            .DistinctBy(p => p.PrimaryName.FamilyName)
            .Take(count)];

    private static string DayFirst(Person person) => person.BirthDate!.Earliest.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
