using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Exports;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Exports;

/// <summary>
/// Export and import of registry snapshots on a real database, run on SQLite by
/// <see cref="SqliteSnapshotImportTests"/> and on PostgreSQL by <see cref="PostgresSnapshotImportTests"/>.
/// The round trips compare the bytes of two exports: no normalisation is needed.
/// </summary>
public abstract class SnapshotImportTests(DatabaseProvider provider) : IAsyncDisposable
{
    private const string Importer = "importer@example.org";
    private static readonly DateTimeOffset Recorded = new(2024, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly string VideoHash = new('c', 64);
    private readonly List<TestDatabase> _databases = [];
    private readonly List<string> _folders = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ImportAsync_JsonOfTheDemoIntoAnEmptyRegistry_ExportsTheSameBytes()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var first = await ExportJsonAsync(original);
        var copy = await NewDatabaseAsync();

        var result = await ImportAsync(copy, await SnapshotJson.ReadAsync(new MemoryStream(first), "snapshot.json", Cancel));
        var second = await ExportJsonAsync(copy);

        Assert.Equal(0, result.AlreadyPresent);
        Assert.Equal((await new SnapshotExport(original.Database).ReadAsync(Cancel)).RowCount > 0, result.Added > 0);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Fact]
    public async Task ImportAsync_CsvFolderOfTheDemoIntoAnEmptyRegistry_ExportsTheSameFiles()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var firstFolder = NewFolder();
        await SnapshotCsv.WriteFolderAsync(await new SnapshotExport(original.Database).ReadAsync(Cancel), firstFolder, Cancel);
        var copy = await NewDatabaseAsync();

        await ImportAsync(copy, await SnapshotImport.ReadAsync(firstFolder, Cancel));
        var secondFolder = NewFolder();
        await SnapshotCsv.WriteFolderAsync(await new SnapshotExport(copy.Database).ReadAsync(Cancel), secondFolder, Cancel);

        var names = Directory.EnumerateFiles(firstFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.EnumerateFiles(secondFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("retractions.csv", names);
        Assert.Contains("captivity-events.csv", names);
        Assert.Contains("place-controls.csv", names);
        Assert.Contains("verification-steps.csv", names);
        foreach (var name in names)
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(firstFolder, name!), Cancel), await File.ReadAllTextAsync(Path.Combine(secondFolder, name!), Cancel));
        }
    }

    [Fact]
    public async Task ImportAsync_ZipOfTheDemo_ExportsTheSameZip()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        using var first = new MemoryStream();
        await SnapshotCsv.WriteZipAsync(await new SnapshotExport(original.Database).ReadAsync(Cancel), first, Cancel);
        var copy = await NewDatabaseAsync();

        first.Position = 0;
        await ImportAsync(copy, await SnapshotCsv.ReadZipAsync(first, Cancel));
        using var second = new MemoryStream();
        await SnapshotCsv.WriteZipAsync(await new SnapshotExport(copy.Database).ReadAsync(Cancel), second, Cancel);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task ImportAsync_EveryKindOfRecord_KeepsIdsHistoryReviewsAndHashes()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var copy = await NewDatabaseAsync();

        await ImportAsync(copy, await new SnapshotExport(original.Database).ReadAsync(Cancel));

        await using var context = copy.NewContext();
        var person = await context.People.SingleAsync(p => p.FateRetractions.Count > 0, Cancel);
        Assert.Equal(Recorded, person.FateRetractions[0].RecordedAt);
        Assert.Equal("caseworker@example.org", person.FateRetractions[0].RecordedBy);
        var rejected = await context.CountClaims.SingleAsync(c => c.Review == ClaimReview.Rejected, Cancel);
        Assert.Equal(("analyst@example.org", Recorded), (rejected.ReviewedBy, rejected.ReviewedAt));
        Assert.Equal(1, await context.Sources.CountAsync(s => s.ContentSha256 != null, Cancel));
        Assert.Equal(await CountAsync(original), await CountAsync(copy));
        Assert.Equal(0, await context.FamilyNotifications.CountAsync(Cancel));
    }

    [Fact]
    public async Task ImportAsync_FilesAndAttachments_ComeBackAsReferencesWithTheirDetachment()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var copy = await NewDatabaseAsync();

        await ImportAsync(copy, await new SnapshotExport(original.Database).ReadAsync(Cancel));

        await using var context = copy.NewContext();
        var file = await context.EvidenceFiles.SingleAsync(Cancel);
        Assert.Equal((VideoHash, 123_456L, "video/mp4", "analyst@example.org", Recorded), (file.Sha256, file.Length, file.MediaType, file.AddedBy, file.AddedAt));
        var attachments = await context.SourceFiles.ToListAsync(Cancel);
        Assert.Equal(2, attachments.Count);
        var detached = Assert.Single(attachments, a => !a.IsAttached);
        Assert.Equal(("caseworker@example.org", Recorded.AddHours(1), "Attached to the wrong source."), (detached.DetachedBy, detached.DetachedAt!.Value, detached.DetachReason));
    }

    [Fact]
    public async Task ImportAsync_DemoExchanges_ComeBackWithTheirPeopleAndAddNoFateTwice()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var copy = await NewDatabaseAsync();

        await ImportAsync(copy, await new SnapshotExport(original.Database).ReadAsync(Cancel));

        await using var before = original.NewContext();
        await using var after = copy.NewContext();
        var expected = (await before.Exchanges.ToListAsync(Cancel)).OrderBy(e => e.Id).ToList();
        var actual = (await after.Exchanges.ToListAsync(Cancel)).OrderBy(e => e.Id).ToList();
        Assert.Equal(["2020-12-14", "2021-12-04"], expected.Select(e => e.Date.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Select(e => e.Id), actual.Select(e => e.Id));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Details, actual[i].Details, ExchangeDetailsComparer);
            Assert.Equal(expected[i].SourceIds, actual[i].SourceIds);
            Assert.Equal(expected[i].Transfers, actual[i].Transfers);
            Assert.Equal((expected[i].RecordedBy, expected[i].RecordedAt), (actual[i].RecordedBy, actual[i].RecordedAt));
        }

        Assert.Equal([44 + 14, 10], actual.OrderBy(e => e.Date.ToString()).Select(e => e.Transfers.Count));
        Assert.Equal(await before.FateAssertions.CountAsync(Cancel), await after.FateAssertions.CountAsync(Cancel));
    }

    [Fact]
    public async Task ImportAsync_ExchangeHandingOverAPersonInNeitherFileNorRegistry_IsRefusedAtTheTransferAndNothingIsWritten()
    {
        var folder = await DemoCsvFolderAsync();
        var path = Path.Combine(folder, "exchange-transfers.csv");
        var records = SnapshotCsvFiles.Read(path);
        var stranger = Guid.NewGuid().ToString();
        records[3][Array.IndexOf(records[0], "person_id")] = stranger;
        SnapshotCsvFiles.Write(path, records);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("exchange-transfers.csv", 4, "person_id"), (problem.File, problem.Line, problem.Field));
        Assert.Equal($"{stranger} is neither in people.csv nor in the registry", problem.Message);
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_ExchangeWithoutAnyTransfer_IsRefusedAtTheExchangeRow()
    {
        var folder = await DemoCsvFolderAsync();
        var exchanges = SnapshotCsvFiles.Read(Path.Combine(folder, "exchanges.csv"));
        var first = exchanges[1][Array.IndexOf(exchanges[0], "id")];
        var path = Path.Combine(folder, "exchange-transfers.csv");
        var transfers = SnapshotCsvFiles.Read(path);
        SnapshotCsvFiles.Write(path, [.. transfers.Where((r, i) => i == 0 || r[0] != first)]);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("exchanges.csv", 2), (problem.File, problem.Line));
        Assert.Equal("an exchange needs at least one named person who went one way or the other in exchange-transfers.csv", problem.Message);
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_TransferCitingASourceNotOfItsExchange_IsRefusedAtTheTransfer()
    {
        var folder = await DemoCsvFolderAsync();
        var sources = SnapshotCsvFiles.Read(Path.Combine(folder, "sources.csv"));
        var exchangeSources = SnapshotCsvFiles.Read(Path.Combine(folder, "exchange-sources.csv"));
        var other = sources.Skip(1).Select(r => r[0]).First(id => exchangeSources.All(r => r[2] != id));
        var path = Path.Combine(folder, "exchange-transfers.csv");
        var transfers = SnapshotCsvFiles.Read(path);
        transfers[1][Array.IndexOf(transfers[0], "source_id")] = other;
        SnapshotCsvFiles.Write(path, transfers);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("exchange-transfers.csv", 2, "source_id"), (problem.File, problem.Line, problem.Field));
        Assert.Equal($"{other} is not among this exchange's sources in exchange-sources.csv", problem.Message);
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_Records_AreAttributedToTheImporterInTheAuditLog()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var copy = await NewDatabaseAsync();

        await ImportAsync(copy, await new SnapshotExport(original.Database).ReadAsync(Cancel));

        await using var context = copy.NewContext();
        Assert.Equal([Importer], await context.AuditEntries.Select(e => e.Actor).Distinct().ToListAsync(Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(Person), Cancel));
    }

    [Fact]
    public async Task ImportAsync_TheSameSnapshotTwice_ChangesNothingTheSecondTime()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var snapshot = await new SnapshotExport(original.Database).ReadAsync(Cancel);
        var copy = await NewDatabaseAsync();
        var first = await ImportAsync(copy, snapshot);
        var before = await AuditCountAsync(copy);
        var exported = await ExportJsonAsync(copy);

        var second = await ImportAsync(copy, snapshot);

        Assert.Equal(0, second.Added);
        Assert.Equal(first.Added, second.AlreadyPresent);
        Assert.Equal(before, await AuditCountAsync(copy));
        Assert.Equal(exported, await ExportJsonAsync(copy));
    }

    [Fact]
    public async Task ImportAsync_IntoTheRegistryItCameFrom_LeavesEveryRecordAloneAndReportsIt()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var snapshot = await new SnapshotExport(original.Database).ReadAsync(Cancel);

        var result = await ImportAsync(original, snapshot);

        Assert.Equal(0, result.Added);
        var people = result.Tables.Single(t => t.Table == "people");
        Assert.Equal(DemoCatalog.Build().People.Select(p => p.Id).Order(), people.AlreadyPresent);
    }

    [Fact]
    public async Task ImportAsync_FateCitingASourceInNeitherFileNorRegistry_IsRefusedAtItsLineAndNothingIsWritten()
    {
        var folder = await DemoCsvFolderAsync();
        var sources = Path.Combine(folder, "sources.csv");
        var lines = await File.ReadAllLinesAsync(sources, Cancel);
        var cited = (await File.ReadAllLinesAsync(Path.Combine(folder, "fates.csv"), Cancel))[1].Split(',')[4];
        await File.WriteAllLinesAsync(sources, lines.Where(l => !l.StartsWith(cited, StringComparison.Ordinal)), Cancel);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = refused.Problems.First(p => p.File == "fates.csv");
        Assert.Equal((2, "source_id"), (problem.Line, problem.Field));
        Assert.Contains(cited, problem.Message, StringComparison.Ordinal);
        Assert.Contains("neither in sources.csv nor in the registry", problem.Message, StringComparison.Ordinal);
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_PeriodOfControlOfAnUnknownPlaceAndParty_IsRefusedAtItsLineAndNothingIsWritten()
    {
        var folder = await DemoCsvFolderAsync();
        var file = Path.Combine(folder, "place-controls.csv");
        var lines = await File.ReadAllLinesAsync(file, Cancel);
        var columns = lines[0].Split(',');
        var unknownPlace = Guid.NewGuid().ToString();
        var fields = lines[1].Split(',');
        fields[Array.IndexOf(columns, "place_id")] = unknownPlace;
        fields[Array.IndexOf(columns, "party")] = "atlantis";
        lines[1] = string.Join(',', fields);
        await File.WriteAllLinesAsync(file, lines, Cancel);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problems = refused.Problems.Where(p => p.File == "place-controls.csv").ToList();
        Assert.Contains(problems, p => (p.Line, p.Field) == (2, "place_id") && p.Message.Contains(unknownPlace, StringComparison.Ordinal));
        Assert.Contains(problems, p => (p.Line, p.Field) == (2, "party") && p.Message.Contains("atlantis", StringComparison.Ordinal));
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_FateCitingASourceOnlyTheRegistryHolds_IsImported()
    {
        var folder = await DemoCsvFolderAsync();
        var copy = await NewDatabaseAsync();
        var onlySources = await SnapshotImport.ReadAsync(folder, Cancel);
        var sourcesOnly = NewFolder();
        File.Copy(Path.Combine(folder, "sources.csv"), Path.Combine(sourcesOnly, "sources.csv"));
        await ImportAsync(copy, await SnapshotImport.ReadAsync(sourcesOnly, Cancel));
        File.Delete(Path.Combine(folder, "sources.csv"));

        var result = await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel));

        Assert.True(result.Added > 0);
        Assert.Equal(onlySources.Rows(SnapshotSchema.People).Count, result.Tables.Single(t => t.Table == "people").Added);
    }

    [Theory]
    [InlineData("people.csv", "sex", "Femme", "'Femme' is not one of")]
    [InlineData("fates.csv", "as_of", "2020-13", "'2020-13' is not a date")]
    [InlineData("claims.csv", "recorded_at", "yesterday", "'yesterday' is not a timestamp")]
    [InlineData("people.csv", "id", "person-1", "'person-1' is not an id")]
    [InlineData("people.csv", "invented", "yes", "'yes' is not true or false")]
    public async Task ReadAsync_BadValue_IsRefusedWithFileLineAndField(string file, string column, string bad, string message)
    {
        var folder = await DemoCsvFolderAsync();
        var path = Path.Combine(folder, file);
        var records = SnapshotCsvFiles.Read(path);
        var index = Array.IndexOf(records[0], column);
        records[1][index] = bad;
        SnapshotCsvFiles.Write(path, records);

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotImport.ReadAsync(folder, Cancel));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((file, 2, column), (problem.File, problem.Line, problem.Field));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnknownColumn_IsRefusedAtTheHeader()
    {
        var folder = await DemoCsvFolderAsync();
        var path = Path.Combine(folder, "claims.csv");
        var lines = await File.ReadAllLinesAsync(path, Cancel);
        lines[0] = lines[0].Replace("count_max", "maximum", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, lines, Cancel);

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotImport.ReadAsync(folder, Cancel));

        Assert.Equal(new SnapshotProblem("claims.csv", 1, "maximum", "unknown column of claims"), Assert.Single(refused.Problems));
    }

    [Fact]
    public async Task ReadAsync_JsonWithAWrongEnumName_NamesTheLineOfTheValue()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var text = Encoding.UTF8.GetString(await ExportJsonAsync(original));
        var at = text.IndexOf("\"credibility\": \"", StringComparison.Ordinal);
        var end = text.IndexOf('"', at + 16);
        var broken = string.Concat(text.AsSpan(0, at + 16), "Certain", text.AsSpan(end));
        var line = text[..at].Count(c => c == '\n') + 1;

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(() => SnapshotJson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(broken)), "registry.json", Cancel));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("registry.json", line, "credibility"), (problem.File, problem.Line, problem.Field));
        Assert.StartsWith("'Certain' is not one of Confirmed,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_RetractionOfAnAssertionNotInTheFile_IsRefusedAndNothingIsWritten()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var folder = NewFolder();
        await SnapshotCsv.WriteFolderAsync(await new SnapshotExport(original.Database).ReadAsync(Cancel), folder, Cancel);
        var retractions = Path.Combine(folder, "retractions.csv");
        var lines = await File.ReadAllLinesAsync(retractions, Cancel);
        var fields = lines[1].Split(',');
        fields[2] = Guid.NewGuid().ToString();
        lines[1] = string.Join(',', fields);
        await File.WriteAllLinesAsync(retractions, lines, Cancel);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("retractions.csv", 2, "assertion_id"), (problem.File, problem.Line, problem.Field));
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_DomainRuleBrokenByAPart_IsRefusedAtThatRow()
    {
        var folder = await DemoCsvFolderAsync();
        var path = Path.Combine(folder, "fates.csv");
        var lines = await File.ReadAllLinesAsync(path, Cancel);
        var fields = lines[1].Split(',');
        fields[3] = "2099-01-01";
        lines[1] = string.Join(',', fields);
        await File.WriteAllLinesAsync(path, lines, Cancel);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("fates.csv", 2), (problem.File, problem.Line));
        Assert.Contains("is in the future", problem.Message, StringComparison.Ordinal);
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_PairsJoinedJudgedNotSameAndUndone_ComeBackWithTheirJudgementsAndTheJoinedManIsHeldOnce()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var copy = await NewDatabaseAsync();

        var result = await ImportAsync(copy, await new SnapshotExport(original.Database).ReadAsync(Cancel));

        var expected = await PairsAsync(original);
        var actual = await PairsAsync(copy);
        Assert.Equal([MatchDecision.Pending, MatchDecision.Same, MatchDecision.NotSame], expected.Select(p => p.Decision).Order());
        Assert.Equal(3, result.Tables.Single(t => t.Table == "person-pairs").Added);
        Assert.Equal(expected.Select(p => (p.Id, p.FirstPersonId, p.SecondPersonId, p.Origin, p.Decision)), actual.Select(p => (p.Id, p.FirstPersonId, p.SecondPersonId, p.Origin, p.Decision)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Judgements, actual[i].Judgements);
        }

        var joined = actual.Single(p => p.Decision == MatchDecision.Same);
        Assert.Equal(await IdentitiesAsync(original), await IdentitiesAsync(copy));
        Assert.Equal(joined.FirstPersonId, (await IdentitiesAsync(copy))[joined.SecondPersonId]);
        var held = await StillHeldAsync(copy);
        Assert.Equal(await StillHeldAsync(original), held);
        Assert.Contains(joined.FirstPersonId, held);
        Assert.DoesNotContain(joined.SecondPersonId, held);
    }

    [Fact]
    public async Task ImportAsync_OlderSnapshotWithoutPairs_ImportsEveryRecordStandingAlone()
    {
        var (_, folder) = await EveryKindOfRecordCsvFolderAsync();
        File.Delete(Path.Combine(folder, "person-pairs.csv"));
        File.Delete(Path.Combine(folder, "pair-judgements.csv"));
        var copy = await NewDatabaseAsync();

        var result = await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel));

        Assert.Equal(DemoCatalog.Build().People.Count, result.Tables.Single(t => t.Table == "people").Added);
        Assert.Equal(0, result.Tables.Single(t => t.Table == "person-pairs").Added);
        await using var context = copy.NewContext();
        Assert.Equal(0, await context.PersonPairs.CountAsync(Cancel));
        Assert.False(await context.People.AnyAsync(p => p.IdentityId != p.Id, Cancel));
    }

    [Fact]
    public async Task ImportAsync_PairNamingARecordInNeitherFileNorRegistry_IsRefusedAtItsLineAndNothingIsWritten()
    {
        var (_, folder) = await EveryKindOfRecordCsvFolderAsync();
        var path = Path.Combine(folder, "person-pairs.csv");
        var records = SnapshotCsvFiles.Read(path);
        var stranger = Guid.NewGuid().ToString();
        records[2][Array.IndexOf(records[0], "second_person_id")] = stranger;
        SnapshotCsvFiles.Write(path, records);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("person-pairs.csv", 3, "second_person_id"), (problem.File, problem.Line, problem.Field));
        Assert.Equal($"{stranger} is neither in people.csv nor in the registry", problem.Message);
        await AssertEmptyAsync(copy);
        await using var context = copy.NewContext();
        Assert.Equal(0, await context.PersonPairs.CountAsync(Cancel));
    }

    [Fact]
    public async Task ImportAsync_UndoGoingBackToADecisionNeverMade_IsRefusedAtTheJudgement()
    {
        var (_, folder) = await EveryKindOfRecordCsvFolderAsync();
        var path = Path.Combine(folder, "pair-judgements.csv");
        var records = SnapshotCsvFiles.Read(path);
        var line = records.FindIndex(r => r[Array.IndexOf(records[0], "is_undo")] == "true");
        records[line][Array.IndexOf(records[0], "decision")] = nameof(MatchDecision.NotSame);
        SnapshotCsvFiles.Write(path, records);
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(copy, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("pair-judgements.csv", line + 1), (problem.File, problem.Line));
        Assert.StartsWith("Undoing the standing judgement goes back to pending", problem.Message, StringComparison.Ordinal);
        await AssertEmptyAsync(copy);
    }

    [Fact]
    public async Task ImportAsync_PairOfTwoRecordsTheRegistryPairsUnderAnotherId_IsRefused()
    {
        var (original, folder) = await EveryKindOfRecordCsvFolderAsync();
        var renamed = Guid.NewGuid().ToString();
        foreach (var (file, column) in new[] { ("person-pairs.csv", "id"), ("pair-judgements.csv", "pair_id") })
        {
            var path = Path.Combine(folder, file);
            var records = SnapshotCsvFiles.Read(path);
            var first = records[1][Array.IndexOf(records[0], column)];
            foreach (var record in records.Skip(1).Where(r => r[Array.IndexOf(records[0], column)] == first))
            {
                record[Array.IndexOf(records[0], column)] = renamed;
            }

            SnapshotCsvFiles.Write(path, records);
        }

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(async () => await ImportAsync(original, await SnapshotImport.ReadAsync(folder, Cancel)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("person-pairs.csv", 2, "id"), (problem.File, problem.Line, problem.Field));
        Assert.StartsWith("the registry already pairs these two records as ", problem.Message, StringComparison.Ordinal);
    }

    // ExchangeDetails holds lists, which a record compares by reference.
    private static IEqualityComparer<ExchangeDetails> ExchangeDetailsComparer { get; } = EqualityComparer<ExchangeDetails>.Create(
        (a, b) => a!.Equals(b! with { Parties = a.Parties, Mediators = a.Mediators })
            && a.Parties!.SequenceEqual(b.Parties!) && a.Mediators!.SequenceEqual(b.Mediators!),
        d => d.Date.GetHashCode());

    [Fact]
    public async Task ImportAsync_AStepAboutAFileTheRegistryDoesNotHold_IsRefusedNamingTheHash()
    {
        var hash = new string('d', 64);
        var snapshot = new RegistrySnapshot();
        snapshot.Add(new SnapshotRow(
            SnapshotSchema.VerificationSteps,
            [Guid.NewGuid().ToString("D"), null, hash, "UnderReview", "Metadata", null, "analyst@example.org", "2024-03-01T09:30:00.0000000Z"],
            "verification-steps.csv",
            2));
        var copy = await NewDatabaseAsync();

        var refused = await Assert.ThrowsAsync<SnapshotInputException>(() => ImportAsync(copy, snapshot));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("verification-steps.csv", problem.File);
        Assert.Equal("file_sha256", problem.Field);
        Assert.Contains(hash, problem.Message, StringComparison.Ordinal);
        await using var context = copy.NewContext();
        Assert.Equal(0, await context.VerificationSteps.CountAsync(Cancel));
    }

    private async Task<TestDatabase> DemoWithEveryKindOfRecordAsync()
    {
        var db = await NewDatabaseAsync();
        await new DemoLoader(db.Database).LoadAsync(Cancel);

        // The demo has no retraction, no withdrawn spelling, no judged claim and no archived content:
        // add one of each, and a withdrawn spelling entered again (the replay must withdraw it first).
        await using var context = db.Database.CreateContext("caseworker@example.org");
        var person = await context.People.OrderBy(p => p.Id).FirstAsync(p => p.FateAssertions.Count > 0, Cancel);
        var assertion = person.FateAssertions[0];
        person.RetractFate(new FateRetraction(
            Guid.NewGuid(), assertion.Id, "The list named another man of the same name.",
            new Evidence(assertion.Evidence.SourceId, null, "p. 2, corrigendum", Credibility.ProbablyTrue), "caseworker@example.org", Recorded));
        var misspelt = new PersonName("Invented", "Misspelt", origin: "typed from a phone call");
        person.AddName(misspelt);
        person.WithdrawName(new NameWithdrawal(
            person.Names.Count - 1, "Misheard on the phone.", assertion.Evidence.SourceId, "call log, line 4", null, "caseworker@example.org", Recorded));
        person.AddName(misspelt);
        person.WithdrawName(new NameWithdrawal(person.Names.Count - 1, "Entered twice.", null, null, null, "caseworker@example.org", Recorded.AddMinutes(1)));
        var source = await context.Sources.OrderBy(s => s.Id).FirstAsync(Cancel);
        source.RecordArchivedContent("an archived article"u8);
        var claim = CountClaim.Propose(Guid.NewGuid(), new CountClaimDetails(
            source.Id, 12, null, CountQualifier.Exact, CountCategory.Missing, "armenian", null, null,
            PartialDate.OfMonth(2023, 9), ClaimStatus.Asserted, "a ministry", "12 are missing, \"so far\",\nthe ministry said."), "analyst@example.org", Recorded);
        claim.Judge(ClaimReview.Rejected, "analyst@example.org", Recorded);
        context.CountClaims.Add(claim);
        context.CountClaims.Add(CountClaim.Propose(Guid.NewGuid(), claim.Details with { Count = 13 }, "analyst@example.org", Recorded));
        var period = await context.PlaceControls.OrderBy(c => c.Id).FirstAsync(Cancel);
        period.Retract("analyst@example.org", Recorded, "The map was misread (invented test).");

        // A source reviewed and found disputed: two steps of its verification.
        context.VerificationSteps.Add(new VerificationStep(Guid.NewGuid(), source.Id, null, VerificationState.UnderReview, VerificationMethods.None, null, "analyst@example.org", Recorded));
        context.VerificationSteps.Add(new VerificationStep(
            Guid.NewGuid(), source.Id, null, VerificationState.Disputed, VerificationMethods.Geolocation | VerificationMethods.SourceContact,
            "The village in the caption is not the one shown.", "analyst@example.org", Recorded.AddHours(1)));

        // A video attached to a source, and attached to another in error and detached (its bytes are not in a snapshot).
        context.EvidenceFiles.Add(new EvidenceFile(VideoHash, 123_456, "video/mp4", "analyst@example.org", Recorded));
        context.SourceFiles.Add(new SourceFile(Guid.NewGuid(), source.Id, VideoHash, "captured-soldiers.mp4", "Two captured soldiers (invented)", "analyst@example.org", Recorded));
        var other = await context.Sources.OrderBy(s => s.Id).Skip(1).FirstAsync(Cancel);
        var wrong = new SourceFile(Guid.NewGuid(), other.Id, VideoHash, "video.mp4", null, "caseworker@example.org", Recorded);
        wrong.Detach("caseworker@example.org", Recorded.AddHours(1), "Attached to the wrong source.");
        context.SourceFiles.Add(wrong);
        await context.SaveChangesAsync(Cancel);

        // Three pairs of held records: one joined (confirmed, as demo records may differ), one judged
        // not the same, and one joined and separated again.
        var held = await StillHeldAsync(db);
        var judgements = new SamePersonJudgements(db.Database, new FixedActor("caseworker@example.org"), TimeProvider.System);
        await judgements.JudgeAsync(held[0], held[1], MatchDecision.Same, "One man under two spellings (invented test).", confirmed: true, cancellationToken: Cancel);
        await judgements.JudgeAsync(held[2], held[3], MatchDecision.NotSame, null, confirmed: false, PairOrigin.DuplicateSearch, Cancel);
        var undone = await judgements.JudgeAsync(held[4], held[5], MatchDecision.Same, "Same father (invented test).", confirmed: true, cancellationToken: Cancel);
        await judgements.UndoAsync(held[4], undone!.JudgementId, "Ten years apart (invented test).", Cancel);
        return db;
    }

    private static async Task<List<PersonPair>> PairsAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return [.. (await context.PersonPairs.AsNoTracking().ToListAsync(Cancel)).OrderBy(p => p.Id)];
    }

    private static async Task<Dictionary<Guid, Guid>> IdentitiesAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.IdentityId, Cancel);
    }

    private static async Task<List<Guid>> StillHeldAsync(TestDatabase db)
    {
        var report = await new StillHeldQuery(db.Database, TimeProvider.System).RunAsync(DemoParties.Armenian, Today, Cancel);
        return [.. report.People.Select(p => p.Person.Id).Order()];
    }

    private async Task<(TestDatabase Original, string Folder)> EveryKindOfRecordCsvFolderAsync()
    {
        var original = await DemoWithEveryKindOfRecordAsync();
        var folder = NewFolder();
        await SnapshotCsv.WriteFolderAsync(await new SnapshotExport(original.Database).ReadAsync(Cancel), folder, Cancel);
        return (original, folder);
    }

    private async Task<string> DemoCsvFolderAsync()
    {
        var db = await NewDatabaseAsync();
        await new DemoLoader(db.Database).LoadAsync(Cancel);
        var folder = NewFolder();
        await SnapshotCsv.WriteFolderAsync(await new SnapshotExport(db.Database).ReadAsync(Cancel), folder, Cancel);
        return folder;
    }

    private static async Task<byte[]> ExportJsonAsync(TestDatabase db)
    {
        using var stream = new MemoryStream();
        await SnapshotJson.WriteAsync(await new SnapshotExport(db.Database).ReadAsync(Cancel), stream, Cancel);
        return stream.ToArray();
    }

    private static Task<SnapshotImportResult> ImportAsync(TestDatabase db, RegistrySnapshot snapshot) =>
        new SnapshotImport(db.Database, new FixedActor(Importer)).ImportAsync(snapshot, Cancel);

    private static async Task<(int People, int Fates, int Sources, int Places, int Incidents, int Claims, int Cases, int Exchanges)> CountAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return (
            await context.People.CountAsync(Cancel),
            await context.FateAssertions.CountAsync(Cancel),
            await context.Sources.CountAsync(Cancel),
            await context.Places.CountAsync(Cancel),
            await context.Incidents.CountAsync(Cancel),
            await context.CountClaims.CountAsync(Cancel),
            await context.LegalCases.CountAsync(Cancel),
            await context.Exchanges.CountAsync(Cancel));
    }

    private static async Task<int> AuditCountAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.AuditEntries.CountAsync(Cancel);
    }

    private static async Task AssertEmptyAsync(TestDatabase db)
    {
        Assert.Equal((0, 0, 0, 0, 0, 0, 0, 0), await CountAsync(db));
        Assert.Equal(0, await AuditCountAsync(db));
    }

    private async Task<TestDatabase> NewDatabaseAsync()
    {
        var db = await TestDatabase.CreateAsync(provider);
        _databases.Add(db);
        return db;
    }

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-tests", "snapshot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        return folder;
    }
}
