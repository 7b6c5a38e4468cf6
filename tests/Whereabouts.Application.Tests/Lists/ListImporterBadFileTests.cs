using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Storage;
using Whereabouts.Testing;
using Whereabouts.Testing.Lists;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Each kind of bad file is refused with its place named, and the registry is left as it was.</summary>
public sealed class ListImporterBadFileTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("truncated", "the workbook is damaged")]
    [InlineData("password", "password")]
    [InlineData("no-name-columns", "sheet \"Список\"")]
    [InlineData("bad-date", "sheet \"Список\", line 2, column \"Дата рождения\": '31.02.2001'")]
    [InlineData("junk", "invented.bin")]
    [InlineData("ods", ".xlsx")]
    public async Task ImportAsync_BadFile_NamesThePlaceAndChangesNothing(string kind, string expected)
    {
        var before = await CountsAsync();
        var importer = new ListImporter(_db.Database, new FixedActor("tester"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<ListImportException>(() =>
            importer.ImportAsync(BadFile(kind), "invented.bin", new ListImportOptions("Invented bad list", Invented: true), cancellationToken: Cancel));

        Assert.Contains("invented.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("id,given_name,family_name\nr1,Invented,Per\u200Bson\n", "line 2, column \"family_name\": the name holds a zero-width character (U+200B)")]
    [InlineData("id,full_name\nr1,Invented \u202EPerson\n", "line 2, column \"full_name\": the name holds a direction control character (U+202E)")]
    public async Task ImportAsync_NameWithAnInvisibleOrDirectionCharacter_NamesTheLineAndColumnAndChangesNothing(string csv, string expected)
    {
        var before = await CountsAsync();
        var importer = new ListImporter(_db.Database, new FixedActor("tester"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<ListImportException>(() =>
            importer.ImportAsync(Encoding.UTF8.GetBytes(csv), "names.csv", new ListImportOptions("Invented list", Invented: true), cancellationToken: Cancel));

        Assert.Contains("names.csv, " + expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_RowRefusedAfterEarlierRowsWereSaved_RollsBackEveryRow()
    {
        // More rows than one save takes, the last one refused by the registry (a capture dated
        // before the birth): the rows saved before it are rolled back with it.
        var csv = new StringBuilder("id,given_name,family_name,birth_date,fate,fate_date\n");
        for (var i = 1; i <= 1_200; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"r{i},Zorakhan,Invented-Qwertyanyan{i},1990,CaptureConfirmed,2021-01-12\n");
        }

        csv.Append("r1201,Vrezhik,Invented-Plotnikyanyan,2001,CaptureConfirmed,1990-05-01\n");
        var before = await CountsAsync();
        var importer = new ListImporter(_db.Database, new FixedActor("tester"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<ListImportException>(() =>
            importer.ImportAsync(Encoding.UTF8.GetBytes(csv.ToString()), "long.csv", new ListImportOptions("Invented long list", Invented: true), cancellationToken: Cancel));

        Assert.Contains("long.csv, line 1202:", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_OverTheLimit_IsRefusedBeforeReading()
    {
        var importer = new ListImporter(_db.Database, new FixedActor("tester"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<ListImportException>(() =>
            importer.ImportAsync(new byte[ListImporter.MaxBytes + 1], "huge.csv", new ListImportOptions("Invented huge list"), cancellationToken: Cancel));

        Assert.Contains("huge.csv: the list is larger than 64 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_ListReExportedAsAWorkbook_IsRecognisedAsAlreadyImported()
    {
        var importer = new ListImporter(_db.Database, new FixedActor("tester"), TimeProvider.System);
        var csv = "Фамилия;Имя;Дата рождения\r\nВыдуманян;Арам;01.05.1990\r\n";
        await importer.ImportAsync(Encoding.UTF8.GetBytes(csv), "list.csv", new ListImportOptions("Invented list", Invented: true), cancellationToken: Cancel);
        var book = new XlsxWriter();
        book.Sheet("Sheet1").Row(1, "Фамилия", "Имя", "Дата рождения").Row(2, "Выдуманян", "Арам", new DateOnly(1990, 5, 1));
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ListImportException>(() =>
            importer.ImportAsync(book.ToBytes(), "list.xlsx", new ListImportOptions("Invented list, again", Invented: true), cancellationToken: Cancel));

        Assert.Contains("list.xlsx: this list was imported before, as the source \"Invented list\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    private static byte[] BadFile(string kind)
    {
        var book = new XlsxWriter();
        var sheet = book.Sheet("Список");
        switch (kind)
        {
            case "no-name-columns":
                sheet.Row(1, "Звание", "Воинская часть").Row(2, "рядовой", "в/ч 01");
                return book.ToBytes();
            case "bad-date":
                sheet.Row(1, "Фамилия", "Имя", "Дата рождения").Row(2, "Выдуманян", "Арам", "31.02.2001");
                return book.ToBytes();
            case "truncated":
                sheet.Row(1, "Фамилия").Row(2, "Выдуманян");
                var whole = book.ToBytes();
                return whole[..(whole.Length / 2)];
            case "password":
                return CompoundFileWriter.Write(("EncryptionInfo", [4, 0, 4, 0, 0x40, 0, 0, 0]), ("EncryptedPackage", Encoding.ASCII.GetBytes("invented stand-in for encrypted bytes")));
            case "junk":
                return [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)), 0, 0, 0];
            case "ods":
                using (var buffer = new MemoryStream())
                {
                    using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
                    {
                        using var stream = zip.CreateEntry("mimetype").Open();
                        stream.Write(Encoding.ASCII.GetBytes("application/vnd.oasis.opendocument.spreadsheet"));
                    }

                    return buffer.ToArray();
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private async Task<(int Sources, int Entries, int People, long Audit)> CountsAsync()
    {
        await using var context = _db.NewContext();
        return (await context.Sources.CountAsync(Cancel), await context.ListEntries.CountAsync(Cancel), await context.People.CountAsync(Cancel), await context.AuditEntries.LongCountAsync(Cancel));
    }
}
