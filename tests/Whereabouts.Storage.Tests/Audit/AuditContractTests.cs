using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage.Accounts;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Tests.Support;

namespace Whereabouts.Storage.Tests.Audit;

/// <summary>
/// What the hash-chained audit log promises, run against each provider by
/// <see cref="SqliteAuditTests"/> and <see cref="PostgresAuditTests"/>: every save is logged with
/// its actor in the same transaction, the chain has no gaps or forks, tampering is found and
/// named, and secrets never reach the log.
/// </summary>
public abstract class AuditContractTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task SaveChanges_NewPerson_WritesEntriesWithTheActorChainedFromGenesis()
    {
        var person = Registry.Person();
        person.AddName(new PersonName("Араик", "Арутюнян", origin: "list"));

        await using (var context = Db.Database.CreateContext("alice"))
        {
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        var entries = await ReadLogAsync();
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.All(entries, e => Assert.Equal("alice", e.Actor));
        Assert.All(entries, e => Assert.Equal("Added", e.Action));
        Assert.All(entries, e => Assert.Equal(person.Id.ToString(), e.SubjectId));
        var added = Assert.Single(entries, e => e.EntityType == nameof(Person));
        Assert.Equal(person.Id.ToString(), added.EntityId);
        Assert.Equal("armenian", JsonDocument.Parse(added.Changes).RootElement.GetProperty(nameof(Person.Side)).GetString());
        var names = entries.Where(e => e.EntityType == nameof(PersonName)).ToList();
        Assert.Equal(2, names.Count);
        Assert.Contains(names, e => e.Changes.Contains("Арутюнян", StringComparison.Ordinal));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1), (e, i) => Assert.Equal(entries[i].Hash, e.PreviousHash));
        Assert.All(entries, e => Assert.Equal(AuditChain.ComputeHash(e), e.Hash));
    }

    [Fact]
    public async Task VerifyAsync_FreshChainOfSeveralSaves_IsIntactAndCountsEveryEntry()
    {
        var count = await SaveSomeChangesAsync();

        await using var context = Db.NewContext();
        var result = await AuditVerifier.VerifyAsync(context, Cancel);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(count, result.EntriesChecked);
        Assert.Null(result.Problem);
    }

    [Fact]
    public async Task VerifyAsync_EmptyLog_IsIntactWithNoEntries()
    {
        await using var context = Db.NewContext();

        var result = await AuditVerifier.VerifyAsync(context, Cancel);

        Assert.Equal(new AuditVerification(0, null, null), result);
    }

    [Theory]
    [InlineData("UPDATE \"AuditLog\" SET \"Changes\" = \"Changes\" || ' ' WHERE \"Sequence\" = 3")]
    [InlineData("UPDATE \"AuditLog\" SET \"Actor\" = 'someone else' WHERE \"Sequence\" = 3")]
    [InlineData("UPDATE \"AuditLog\" SET \"EntityId\" = '00000000-0000-0000-0000-000000000000' WHERE \"Sequence\" = 3")]
    public async Task VerifyAsync_OneRowAlteredBySql_NamesExactlyThatEntry(string tampering)
    {
        await SaveSomeChangesAsync();
        await using var context = Db.NewContext();

        Assert.Equal(1, await context.Database.ExecuteSqlRawAsync(tampering, Cancel));
        var result = await AuditVerifier.VerifyAsync(context, Cancel);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_RowAlteredAndItsHashRecomputed_NamesTheNextEntryWhoseLinkBreaks()
    {
        await SaveSomeChangesAsync();
        await using var context = Db.NewContext();
        await context.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"Actor\" = 'forger' WHERE \"Sequence\" = 3", Cancel);
        var forged = await context.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 3, Cancel);
        var hash = AuditChain.ComputeHash(forged);
        await context.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"Hash\" = {hash} WHERE \"Sequence\" = 3", Cancel);

        var result = await AuditVerifier.VerifyAsync(context, Cancel);

        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("previous-hash", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_RowDeletedInTheMiddle_ReportsTheMissingEntry()
    {
        await SaveSomeChangesAsync();
        await using var context = Db.NewContext();

        Assert.Equal(1, await context.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditLog\" WHERE \"Sequence\" = 2", Cancel));
        var result = await AuditVerifier.VerifyAsync(context, Cancel);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("entry 2 is missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_ConcurrencyConflict_RollsBackWithNoAuditEntry()
    {
        var person = Registry.Person();
        await using (var context = Db.NewContext())
        {
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        await using var first = Db.Database.CreateContext("first");
        await using var second = Db.Database.CreateContext("second");
        var firstCopy = await first.People.SingleAsync(p => p.Id == person.Id, Cancel);
        var secondCopy = await second.People.SingleAsync(p => p.Id == person.Id, Cancel);
        firstCopy.UpdateDetails(firstCopy.Details with { Rank = "Sergeant" });
        secondCopy.UpdateDetails(secondCopy.Details with { Rank = "Lieutenant" });
        await first.SaveChangesAsync(Cancel);
        var before = await ReadLogAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Cancel));

        var after = await ReadLogAsync();
        Assert.Equal(before.Select(e => e.Hash), after.Select(e => e.Hash));
        Assert.DoesNotContain(after, e => e.Actor == "second");
        Assert.Contains("Sergeant", Assert.Single(after, e => e.Actor == "first").Changes, StringComparison.Ordinal);
        await using var check = Db.NewContext();
        Assert.True((await AuditVerifier.VerifyAsync(check, Cancel)).IsIntact);
    }

    [Fact]
    public async Task SaveChanges_RefusedByTheDatabase_LeavesNoAuditEntry()
    {
        var person = Registry.Person();
        person.AssertFate(Registry.Assertion(Registry.Source("never saved"), FateStatus.Missing, "2020-12-12"));
        await using var context = Db.Database.CreateContext("refused");
        context.People.Add(person);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Cancel));

        Assert.Empty(await ReadLogAsync());
    }

    [Fact]
    public async Task SaveChanges_AfterARefusedSave_TheContextAppendsOnlyTheNewChange()
    {
        var person = Registry.Person();
        person.AssertFate(Registry.Assertion(Registry.Source("never saved"), FateStatus.Missing, "2020-12-12"));
        await using var context = Db.NewContext();
        context.People.Add(person);
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Cancel));
        context.ChangeTracker.Clear();

        var source = Registry.Source();
        context.Sources.Add(source);
        await context.SaveChangesAsync(Cancel);

        var entry = Assert.Single(await ReadLogAsync());
        Assert.Equal(1, entry.Sequence);
        Assert.Equal(source.Id.ToString(), entry.EntityId);
    }

    [Fact]
    public async Task SaveChanges_TenContextsSavingInParallel_ChainHasNoGapsAndEachSaveIsContiguous()
    {
        const int writers = 10;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(
            async () =>
            {
                await using var context = Db.Database.CreateContext($"writer-{i}");
                context.People.Add(Registry.Person(family: $"Writer{i}"));
                await context.SaveChangesAsync(Cancel);
            },
            Cancel)));

        var entries = await ReadLogAsync();
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        var byActor = entries.GroupBy(e => e.Actor, StringComparer.Ordinal).ToList();
        Assert.Equal(writers, byActor.Count);
        Assert.All(byActor, save => Assert.Equal(save.Count() - 1, save.Max(e => e.Sequence) - save.Min(e => e.Sequence)));
        await using var context = Db.NewContext();
        var result = await AuditVerifier.VerifyAsync(context, Cancel);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(entries.Count, result.EntriesChecked);
    }

    [Fact]
    public async Task SaveChanges_NameAddedToAPerson_IsLoggedAsAModificationOfThatPerson()
    {
        var person = Registry.Person();
        await using (var context = Db.NewContext())
        {
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        var before = (await ReadLogAsync()).Count;
        await using (var context = Db.Database.CreateContext("caseworker"))
        {
            (await context.People.SingleAsync(p => p.Id == person.Id, Cancel)).AddName(new PersonName("Արայիկ", "Հարությունյան", origin: "roster"));
            await context.SaveChangesAsync(Cancel);
        }

        var added = (await ReadLogAsync()).Skip(before).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, e => Assert.Equal("caseworker", e.Actor));
        Assert.All(added, e => Assert.Equal(person.Id.ToString(), e.SubjectId));
        Assert.Contains(added, e => e.Changes.Contains("Հարությունյան", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveChanges_AddedAndModifiedRecords_ChangesAreTheSortedFieldsAsTheSerializerWritesThem()
    {
        // The log's text was JsonSerializer's of a sorted dictionary; it is now written directly
        // and must stay the same, character for character, escaping included.
        var user = new IdentityUser("ann \"the\" <b>&</b>\nЖанна") { NormalizedUserName = "ANN" };
        var person = Registry.Person();
        person.AddName(new PersonName("Жанна \"Ж\"", "О'Брайен <&>", origin: "list \\ 1"));
        await using (var context = Db.Database.CreateContext("admin"))
        {
            context.Users.Add(user);
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.Database.CreateContext("admin"))
        {
            var stored = await context.Users.SingleAsync(u => u.Id == user.Id, Cancel);
            stored.UserName = "ann\u2028 \\ Ժ \u00e9";
            await context.SaveChangesAsync(Cancel);
        }

        var entries = await ReadLogAsync();
        Assert.Contains(entries, e => e.Action == "Modified" && e.Changes.Contains('[', StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(AsSerializerWrites(e.Changes), e.Changes));
        Assert.All(entries, e => Assert.Equal(HashAsSerializerWrites(e), e.Hash));
    }

    [Fact]
    public async Task SaveChanges_IdentityUserAndApiKey_SecretsNeverReachTheLog()
    {
        const string passwordHash = "AQAAAAIAAYagAAAAEPasswordHashThatMustNotLeak==";
        const string newPasswordHash = "AQAAAAIAAYagAAAAESecondHashThatMustNotLeak==";
        const string securityStamp = "STAMPTHATMUSTNOTLEAK";
        var keyHash = string.Concat(Enumerable.Repeat("d3adbeef", 8));
        var user = new IdentityUser("alice") { NormalizedUserName = "ALICE", PasswordHash = passwordHash, SecurityStamp = securityStamp };
        await using (var context = Db.Database.CreateContext("admin"))
        {
            context.Users.Add(user);
            context.ApiKeys.Add(new ApiKey(Guid.NewGuid(), user.Id, "wbk_abcdefgh", keyHash, Registry.Now));
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.Database.CreateContext("admin"))
        {
            var stored = await context.Users.SingleAsync(u => u.Id == user.Id, Cancel);
            stored.PasswordHash = newPasswordHash;
            stored.SecurityStamp = "SECONDSTAMPTHATMUSTNOTLEAK";
            await context.SaveChangesAsync(Cancel);
        }

        var entries = await ReadLogAsync();
        var changes = string.Join("\n", entries.Select(e => e.Changes));
        Assert.DoesNotContain("MustNotLeak", changes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("d3adbeef", changes, StringComparison.Ordinal);
        var created = JsonDocument.Parse(Assert.Single(entries, e => e.EntityType == "Account" && e.Action == "Added").Changes).RootElement;
        Assert.Equal("(changed)", created.GetProperty(nameof(IdentityUser.PasswordHash)).GetString());
        Assert.Equal("alice", created.GetProperty(nameof(IdentityUser.UserName)).GetString());
        var edited = JsonDocument.Parse(Assert.Single(entries, e => e.EntityType == "Account" && e.Action == "Modified").Changes).RootElement;
        Assert.Equal("(changed)", edited.GetProperty(nameof(IdentityUser.PasswordHash)).GetString());
        Assert.Single(entries, e => e.EntityType == "ApiKey");
    }

    /// <summary>Three saves by two actors (a source, a person, an edit); returns how many entries they wrote.</summary>
    private async Task<int> SaveSomeChangesAsync()
    {
        var person = Registry.Person();
        await using (var context = Db.Database.CreateContext("alice"))
        {
            context.Sources.Add(Registry.Source());
            await context.SaveChangesAsync(Cancel);
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.Database.CreateContext("bob"))
        {
            var stored = await context.People.SingleAsync(p => p.Id == person.Id, Cancel);
            stored.UpdateDetails(stored.Details with { Rank = "Sergeant" });
            await context.SaveChangesAsync(Cancel);
        }

        var count = (await ReadLogAsync()).Count;
        Assert.True(count >= 4, $"Expected at least 4 entries, found {count}.");
        return count;
    }

    private static readonly JsonSerializerOptions LogJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The changes read back and written again by JsonSerializer, as the sorted dictionary the log's text was first made from.
    private static string AsSerializerWrites(string changes)
    {
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in JsonDocument.Parse(changes).RootElement.EnumerateObject())
        {
            fields[field.Name] = field.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Array => field.Value.EnumerateArray().Select(v => v.GetString()).ToArray(),
                _ => field.Value.GetString(),
            };
        }

        return JsonSerializer.Serialize(fields, LogJson);
    }

    // An entry's hash as it was first computed: SHA-256 of JsonSerializer's text of the array of its fields.
    private static string HashAsSerializerWrites(AuditEntry entry)
    {
        List<string?> fields =
        [
            entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (entry.RecordedAt.UtcTicks / 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            entry.Actor, entry.Action, entry.EntityType, entry.EntityId, entry.SubjectId, entry.Changes, entry.PreviousHash,
        ];
        if (entry.StateHash is not null)
        {
            fields.Add(entry.StateHash);
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(fields.ToArray())));
    }

    private async Task<List<AuditEntry>> ReadLogAsync()
    {
        await using var context = Db.NewContext();
        return await context.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Cancel);
    }
}
