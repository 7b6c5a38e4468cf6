using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Tests.Support;
using Whereabouts.Storage.Writes;

namespace Whereabouts.Storage.Tests.Writes;

/// <summary>
/// What the write gate promises, run against each provider by <see cref="SqliteWriteGateTests"/>
/// and <see cref="PostgresWriteGateTests"/>: while a long write holds the database, other writes
/// wait at the gate and are saved after it, never failing at the database's short lock wait; past
/// the gate's wait they are refused whole; reads and writes already under way do not wait.
/// </summary>
public abstract class WriteGateContractTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task HoldOtherWritesAsync_WriteDuringTheHold_WaitsAndIsSavedAfterTheHolderCommits()
    {
        // The writer's database gives up on a lock after one second; the hold lasts three.
        var writerDatabase = Db.WithShortLockWait();
        await using var holder = Db.Database.CreateContext("importer");
        var hold = await holder.HoldOtherWritesAsync(Cancel);
        var transaction = await holder.Database.BeginTransactionAsync(Cancel);
        holder.Sources.Add(Report("Held list (invented)"));
        await holder.SaveChangesAsync(Cancel);

        var writer = SaveAsync(writerDatabase, "Written during the hold (invented)");
        await Task.Delay(3000, Cancel);
        var doneDuringHold = writer.IsCompleted;
        await transaction.CommitAsync(Cancel);
        await transaction.DisposeAsync();
        await hold.DisposeAsync();
        await writer.WaitAsync(TimeSpan.FromSeconds(60), Cancel);

        Assert.False(doneDuringHold);
        await using var check = Db.NewContext();
        var titles = await check.Sources.Select(s => s.Title).ToListAsync(Cancel);
        Assert.Contains("Held list (invented)", titles);
        Assert.Contains("Written during the hold (invented)", titles);
        Assert.True((await AuditVerifier.VerifyAsync(check, Cancel)).IsIntact);
    }

    [Fact]
    public async Task Wait_HoldOutlastsIt_WriteIsRefusedAndNothingOfItIsWritten()
    {
        WriteGate.For(Db.Location).Wait = TimeSpan.FromMilliseconds(500);
        await using var holder = Db.Database.CreateContext("importer");
        await using (var hold = await holder.HoldOtherWritesAsync(Cancel))
        {
            await using var transaction = await holder.Database.BeginTransactionAsync(Cancel);
            holder.Sources.Add(Report("Held list (invented)"));
            await holder.SaveChangesAsync(Cancel);

            var refused = await Assert.ThrowsAsync<WritesHeldException>(() => SaveAsync(Db.WithShortLockWait(), "Refused (invented)"));

            Assert.Equal(TimeSpan.FromMilliseconds(500), refused.Waited);
            await transaction.CommitAsync(Cancel);
        }

        await using var check = Db.NewContext();
        Assert.False(await check.Sources.AnyAsync(s => s.Title == "Refused (invented)", Cancel));
        Assert.False(WriteGate.For(Db.Location).IsHeld);
    }

    [Fact]
    public async Task HoldOtherWritesAsync_WriterAlreadyInItsTransaction_SavesAgainAndCommitsBeforeTheHolder()
    {
        // A writer that began before the hold holds the database's lock: its next save must not
        // wait at the gate for a holder that waits for it.
        WriteGate.For(Db.Location).Wait = TimeSpan.FromSeconds(30);
        await using var writer = Db.Database.CreateContext("caseworker");
        await using var writerTransaction = await writer.Database.BeginTransactionAsync(Cancel);
        writer.Sources.Add(Report("First of two (invented)"));
        await writer.SaveChangesAsync(Cancel);

        await using var holder = Db.Database.CreateContext("importer");
        var hold = await holder.HoldOtherWritesAsync(Cancel);
        var holderWrite = Task.Run(async () =>
        {
            await using var transaction = await holder.Database.BeginTransactionAsync(Cancel);
            holder.Sources.Add(Report("Held list (invented)"));
            await holder.SaveChangesAsync(Cancel);
            await transaction.CommitAsync(Cancel);
        }, Cancel);
        await Task.Delay(500, Cancel);

        writer.Sources.Add(Report("Second of two (invented)"));
        await writer.SaveChangesAsync(Cancel).WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        await writerTransaction.CommitAsync(Cancel);
        await holderWrite.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        await hold.DisposeAsync();

        await using var check = Db.NewContext();
        var titles = await check.Sources.Select(s => s.Title).ToListAsync(Cancel);
        Assert.Equal(3, titles.Count(t => t.EndsWith("(invented)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HoldOtherWritesAsync_ReadDuringTheHold_DoesNotWait()
    {
        await SaveAsync(Db.Database, "Saved before (invented)");
        await using var holder = Db.Database.CreateContext("importer");
        await using var hold = await holder.HoldOtherWritesAsync(Cancel);
        await using var transaction = await holder.Database.BeginTransactionAsync(Cancel);
        holder.Sources.Add(Report("Held list (invented)"));
        await holder.SaveChangesAsync(Cancel);

        await using var reader = Db.WithShortLockWait().CreateContext();
        var titles = await reader.Sources.Select(s => s.Title).ToListAsync(Cancel).WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        Assert.Equal(["Saved before (invented)"], titles.Where(t => t.EndsWith("(invented)", StringComparison.Ordinal)));
    }

    private static Source Report(string title) => new(Guid.Empty, new SourceDetails(SourceKind.FamilyReport, title));

    private static async Task SaveAsync(WhereaboutsDatabase database, string title)
    {
        await using var context = database.CreateContext("caseworker");
        context.Sources.Add(Report(title));
        await context.SaveChangesAsync(CancellationToken.None);
    }
}
