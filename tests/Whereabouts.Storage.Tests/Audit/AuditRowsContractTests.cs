using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Tests.Support;
using Whereabouts.Testing;

namespace Whereabouts.Storage.Tests.Audit;

/// <summary>
/// What <see cref="AuditVerifier.InspectAsync"/> promises about the rows (docs/adr/0022), run on
/// each provider by <see cref="SqliteAuditRowsTests"/> and <see cref="PostgresAuditRowsTests"/>:
/// a row altered, inserted or deleted by hand in any audited table is named with its table and
/// id, and the field where the log can tell; a log cut short fails against an anchor.
/// </summary>
public abstract class AuditRowsContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    protected TestDatabase Db => _database ?? throw new InvalidOperationException("Not initialised.");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Each audited table with an edit by hand and the fields it changes (none when the log cannot show them).</summary>
    public static TheoryData<string, string, string[]> Edits => new()
    {
        { "AccountStates", "UPDATE \"AccountStates\" SET \"LastSignInAt\" = \"DisabledAt\"", ["LastSignInAt"] },
        { "ApiKeys", "UPDATE \"ApiKeys\" SET \"Prefix\" = 'forged'", ["Prefix"] },
        { "AspNetRoleClaims", "UPDATE \"AspNetRoleClaims\" SET \"ClaimValue\" = 'forged'", ["ClaimValue"] },
        { "AspNetRoles", "UPDATE \"AspNetRoles\" SET \"Name\" = 'Forged' WHERE \"Id\" = 'invented-role'", ["Name"] },
        { "AspNetUserClaims", "UPDATE \"AspNetUserClaims\" SET \"ClaimValue\" = 'forged'", ["ClaimValue"] },
        { "AspNetUserLogins", "UPDATE \"AspNetUserLogins\" SET \"ProviderDisplayName\" = 'Forged'", ["ProviderDisplayName"] },
        { "AspNetUserTokens", "UPDATE \"AspNetUserTokens\" SET \"Value\" = 'forged'", [] },
        { "AspNetUsers", "UPDATE \"AspNetUsers\" SET \"Email\" = 'forged@example.org'", ["Email"] },
        { "AspNetUsers", "UPDATE \"AspNetUsers\" SET \"PasswordHash\" = 'forged'", [] },
        { "CaptivityEvents", "UPDATE \"CaptivityEvents\" SET \"Place\" = 'forged'", ["Place"] },
        { "EvidenceFiles", "UPDATE \"EvidenceFiles\" SET \"MediaType\" = 'text/forged'", ["MediaType"] },
        { "PlaceControls", "UPDATE \"PlaceControls\" SET \"Locator\" = 'forged'", ["Locator"] },
        { "SourceFiles", "UPDATE \"SourceFiles\" SET \"FileName\" = 'forged.mp4'", ["FileName"] },
        { "VerificationSteps", "UPDATE \"VerificationSteps\" SET \"Note\" = 'forged'", ["Note"] },
        { "CountClaims", "UPDATE \"CountClaims\" SET \"Count\" = 999", ["Count"] },
        { "Exchanges", "UPDATE \"Exchanges\" SET \"TermsText\" = 'forged'", ["TermsText"] },
        { "FamilyNotifications", "UPDATE \"FamilyNotifications\" SET \"Recipient\" = 'forged'", ["Recipient"] },
        { "FateAssertions", "UPDATE \"FateAssertions\" SET \"Status\" = 9, \"EvidenceCredibility\" = 1 WHERE \"Status\" = 0", ["Evidence.Credibility", "Status"] },
        { "FateRetractions", "UPDATE \"FateRetractions\" SET \"Reason\" = 'forged'", ["Reason"] },
        { "Incidents", "UPDATE \"Incidents\" SET \"Name\" = 'forged'", ["Name"] },
        { "LegalCases", "UPDATE \"LegalCases\" SET \"Title\" = 'forged'", ["Title"] },
        { "LegalProceedings", "UPDATE \"LegalProceedings\" SET \"Description\" = 'forged'", ["Description"] },
        { "ListDepartureAcknowledgements", "UPDATE \"ListDepartureAcknowledgements\" SET \"Note\" = 'forged'", ["Note"] },
        { "ListEntries", "UPDATE \"ListEntries\" SET \"GivenName\" = 'Forged' WHERE \"Line\" = 1", ["GivenName"] },
        { "ListImports", "UPDATE \"ListImports\" SET \"FileName\" = 'forged.csv'", ["FileName"] },
        { "ListMappingTemplates", "UPDATE \"ListMappingTemplates\" SET \"Name\" = 'forged'", ["Name"] },
        { "ListMatches", "UPDATE \"ListMatches\" SET \"Probability\" = 0.5", ["Probability"] },
        { "Parties", "UPDATE \"Parties\" SET \"NameEn\" = 'Forged' WHERE \"Slug\" = 'armenian'", ["NameEn"] },
        { "People", "UPDATE \"People\" SET \"Unit\" = 'forged' WHERE CAST(\"Names\" AS TEXT) LIKE '%Invented-Petrosyan%'", ["Unit"] },
        { "People", "UPDATE \"People\" SET \"Names\" = CAST(REPLACE(CAST(\"Names\" AS TEXT), 'Invented-Petrosyan', 'Forged') AS JSONTYPE) WHERE CAST(\"Names\" AS TEXT) LIKE '%Invented-Petrosyan%'", [] },
        { "PersonPairs", "UPDATE \"PersonPairs\" SET \"Explanation\" = 'forged'", ["Explanation"] },
        { "Places", "UPDATE \"Places\" SET \"Kind\" = 1", ["Kind"] },
        { "SourceArchives", "UPDATE \"SourceArchives\" SET \"MediaType\" = 'text/forged'", ["MediaType"] },
        { "TracingContactEvents", "UPDATE \"TracingContactEvents\" SET \"By\" = 'forged'", ["By"] },
        { "TracingRequestSteps", "UPDATE \"TracingRequestSteps\" SET \"Reason\" = 'forged' WHERE \"Status\" = 1", ["Reason"] },
        { "TracingRequests", "UPDATE \"TracingRequests\" SET \"EnquirerName\" = 'forged'", ["EnquirerName"] },
        { "Sources", "UPDATE \"Sources\" SET \"Title\" = 'forged' WHERE \"Title\" = 'Invented family report'", ["Title"] },
    };

    public static TheoryData<string> Tables => new(EveryTable.Tables);

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, withParties: false);
        await EveryTable.AddAsync(Db.Database, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task InspectAsync_EveryTableSavedThroughTheRegistry_IsIntactAndChecksEveryRow()
    {
        var report = await InspectAsync();

        Assert.True(report.IsIntact, string.Join("\n", report.RowProblems));
        Assert.Equal(0, report.RowProblemCount);
        await using var context = Db.NewContext();
        foreach (var table in EveryTable.Tables)
        {
            Assert.True(await CountAsync(context, table) > 0, $"the fixture leaves {table} empty");
        }
    }

    [Fact]
    public async Task InspectAsync_Fixture_FillsEveryAuditedTable()
    {
        await using var context = Db.NewContext();
        var audited = context.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.GetTableName() is { } name && name is not ("AuditLog" or "PersonIndex" or "PersonNameKeys" or "PersonNamePairs" or "PersonNameKeyCounts" or "DataProtectionKeys" or "EnquirerContacts" or "ListImportLeases"))
            .Select(t => t.GetTableName()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(audited, EveryTable.Tables.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task InspectAsync_RowUpdatedBySql_NamesTableIdAndField(string table, string sql, string[] fields)
    {
        await ExecuteAsync(sql);

        var report = await InspectAsync();

        Assert.False(report.IsIntact);
        Assert.True(report.Chain.IsIntact);
        var problem = Assert.Single(report.RowProblems);
        Assert.Equal(table, problem.Table);
        Assert.False(string.IsNullOrEmpty(problem.Id));
        Assert.Equal(fields, problem.Fields);
        Assert.Contains("altered by hand", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_RoleOfAnAccountSwappedBySql_NamesTheRowGoneAndTheRowNew()
    {
        await ExecuteAsync($"UPDATE \"AspNetUserRoles\" SET \"RoleId\" = '{EveryTable.OtherRoleId}'");

        var report = await InspectAsync();

        Assert.Equal(2, report.RowProblemCount);
        Assert.All(report.RowProblems, p => Assert.Equal("AspNetUserRoles", p.Table));
        Assert.Contains(report.RowProblems, p => p.Id == $"{EveryTable.UserId}/{EveryTable.OtherRoleId}" && p.Problem.Contains("inserted by hand", StringComparison.Ordinal));
        Assert.Contains(report.RowProblems, p => p.Id == $"{EveryTable.UserId}/{EveryTable.RoleId}" && p.Problem.Contains("deleted by hand", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task InspectAsync_RowsDeletedBySql_NamesEachOneGone(string table)
    {
        long rows;
        await using (var context = Db.NewContext())
        {
            rows = await CountAsync(context, table);
        }

        await ExecuteAsync($"DELETE FROM \"{table}\"", withoutForeignKeys: true);

        var report = await InspectAsync();

        Assert.True(report.Chain.IsIntact);
        Assert.Equal(rows, report.RowProblemCount);
        Assert.All(report.RowProblems, p =>
        {
            Assert.Equal(table, p.Table);
            Assert.Contains("deleted by hand", p.Problem, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task InspectAsync_RowInsertedBySql_NamesItWithNoEntry()
    {
        await ExecuteAsync("INSERT INTO \"Parties\" (\"Slug\", \"NameEn\", \"NameHy\", \"NameRu\", \"NameAz\", \"Version\") VALUES ('forged', 'Forged', NULL, NULL, NULL, 0)");

        var report = await InspectAsync();

        var problem = Assert.Single(report.RowProblems);
        Assert.Equal(("Parties", "forged"), (problem.Table, problem.Id));
        Assert.Contains("inserted by hand", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_ManyProblems_CountsAllDescribesUpToTheCap()
    {
        await ExecuteAsync("DELETE FROM \"AuditLog\"", withoutForeignKeys: false);

        await using var context = Db.NewContext();
        var report = await AuditVerifier.InspectAsync(context, [], maxProblems: 3, Cancel);

        Assert.Equal(3, report.RowProblems.Count);
        Assert.Equal(report.RowsChecked, report.RowProblemCount);
        Assert.True(report.RowProblemCount > 30);
    }

    [Fact]
    public async Task InspectAsync_LogCutShortAfterTheAnchor_FailsAgainstIt()
    {
        AuditAnchor anchor;
        await using (var context = Db.NewContext())
        {
            anchor = (await AuditAnchor.ReadHeadAsync(context, Cancel))!;
        }

        var intact = await InspectAsync(anchor);
        await ExecuteAsync($"DELETE FROM \"AuditLog\" WHERE \"Sequence\" > {anchor.Sequence - 3}");
        var cut = await InspectAsync(anchor);

        Assert.Empty(intact.AnchorProblems);
        Assert.True(cut.Chain.IsIntact);
        Assert.False(cut.IsIntact);
        var problem = Assert.Single(cut.AnchorProblems);
        Assert.Contains($"the log ends at entry {anchor.Sequence - 3}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_AnchorWithAnotherHash_FailsAsRewritten()
    {
        AuditAnchor anchor;
        await using (var context = Db.NewContext())
        {
            anchor = (await AuditAnchor.ReadHeadAsync(context, Cancel))! with { Hash = new string('0', 64) };
        }

        var report = await InspectAsync(anchor);

        Assert.Contains("rewritten", Assert.Single(report.AnchorProblems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_RecordEditedThroughTheRegistry_StaysIntact()
    {
        await using (var context = Db.NewContext())
        {
            var person = await context.People.SingleAsync(p => p.Names.Any(n => n.FamilyName == "Invented-Sargsyan"), Cancel);
            person.AddName(new PersonName("Invented", "Invented-Sarkisov", origin: "list"));
            await context.SaveChangesAsync(Cancel);
        }

        var report = await InspectAsync();

        Assert.True(report.IsIntact, string.Join("\n", report.RowProblems));
    }

    [Fact]
    public async Task SealAsync_RowWrittenPastTheLog_GetsAnAttributedBaselineAndThenVerifies()
    {
        await ExecuteAsync("INSERT INTO \"Parties\" (\"Slug\", \"NameEn\", \"NameHy\", \"NameRu\", \"NameAz\", \"Version\") VALUES ('former', 'Former side', NULL, NULL, NULL, 0)");

        AuditReport sealedReport;
        await using (var context = Db.NewContext())
        {
            sealedReport = await AuditVerifier.SealAsync(context, "cli:keeper", Registry.Now, cancellationToken: Cancel);
        }

        var after = await InspectAsync();
        Assert.Equal(1, sealedReport.RowsSealed);
        Assert.True(sealedReport.IsIntact);
        Assert.True(after.IsIntact, string.Join("\n", after.RowProblems));
        await using var check = Db.NewContext();
        var seal = await check.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Cancel);
        Assert.Equal(("cli:keeper", "Sealed", "Party", "former"), (seal.Actor, seal.Action, seal.EntityType, seal.EntityId));
        Assert.NotNull(seal.StateHash);
    }

    [Fact]
    public async Task SealAsync_EntriesFromBeforeStateHashes_ChecksThemByTheirChangesAndSealsOnlyTheRowsThatAgree()
    {
        await ForgetStateHashesAsync();
        var legacy = await InspectAsync();
        await ExecuteAsync("UPDATE \"Incidents\" SET \"Name\" = 'forged'");
        var forged = await InspectAsync();

        AuditReport sealedReport;
        await using (var context = Db.NewContext())
        {
            sealedReport = await AuditVerifier.SealAsync(context, "cli:keeper", Registry.Now, cancellationToken: Cancel);
        }

        var after = await InspectAsync();
        Assert.True(legacy.IsIntact, string.Join("\n", legacy.RowProblems));
        Assert.Equal(["Name"], Assert.Single(forged.RowProblems).Fields);
        Assert.Equal(["Name"], Assert.Single(sealedReport.RowProblems).Fields);
        Assert.Equal(sealedReport.RowsChecked - 1, sealedReport.RowsSealed);
        var left = Assert.Single(after.RowProblems);
        Assert.Equal("Incidents", left.Table);
        Assert.Equal(["Name"], left.Fields);
    }

    [Fact]
    public async Task SealAsync_BrokenChain_SealsNothing()
    {
        await ExecuteAsync("UPDATE \"AuditLog\" SET \"Actor\" = 'forger' WHERE \"Sequence\" = 2");
        long before;
        await using (var context = Db.NewContext())
        {
            before = await context.AuditEntries.CountAsync(Cancel);
        }

        await using var sealer = Db.NewContext();
        var report = await AuditVerifier.SealAsync(sealer, "cli:keeper", Registry.Now, cancellationToken: Cancel);

        Assert.False(report.IsIntact);
        Assert.Equal(0, report.RowsSealed);
        Assert.Equal(before, await sealer.AuditEntries.CountAsync(Cancel));
    }

    // Makes the log look as one written before state hashes: no entry has one, and the chain is
    // rehashed as it was then computed.
    private async Task ForgetStateHashesAsync()
    {
        await using var context = Db.NewContext();
        var count = await context.AuditEntries.CountAsync(Cancel);
        var previous = AuditChain.Genesis;
        for (long sequence = 1; sequence <= count; sequence++)
        {
            await context.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"StateHash\" = NULL, \"PreviousHash\" = {previous} WHERE \"Sequence\" = {sequence}", Cancel);
            var entry = await context.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == sequence, Cancel);
            previous = AuditChain.ComputeHash(entry);
            await context.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"Hash\" = {previous} WHERE \"Sequence\" = {sequence}", Cancel);
        }
    }

    private async Task<AuditReport> InspectAsync(params AuditAnchor[] anchors)
    {
        await using var context = Db.NewContext();
        return await AuditVerifier.InspectAsync(context, anchors, AuditVerifier.DefaultMaxProblems, Cancel);
    }

    // A forger's statement, on its own connection: foreign keys off when asked (a forger who
    // deletes a source deletes what cites it too, or turns the checks off).
    private async Task ExecuteAsync(string sql, bool withoutForeignKeys = false)
    {
        await using var context = Db.NewContext();
        await context.Database.OpenConnectionAsync(Cancel);
        if (withoutForeignKeys)
        {
            await context.Database.ExecuteSqlRawAsync(
                provider == DatabaseProvider.Sqlite ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica", Cancel);
        }

        sql = sql.Replace("JSONTYPE", provider == DatabaseProvider.Sqlite ? "TEXT" : "jsonb", StringComparison.Ordinal);
        Assert.True(await context.Database.ExecuteSqlRawAsync(sql, Cancel) > 0, sql);
    }

    private static async Task<long> CountAsync(WhereaboutsDbContext context, string table)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(Cancel);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture);
    }
}
