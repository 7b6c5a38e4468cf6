using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Whereabouts.Domain;
using Whereabouts.Storage.Accounts;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tracing;
using Whereabouts.Storage.Writes;

namespace Whereabouts.Storage;

/// <summary>
/// The registry's database, the same model on SQLite and PostgreSQL. Each provider has its own
/// subclass so that each keeps its own migrations (see docs/adr/0002).
/// </summary>
/// <remarks>
/// Saving enforces two rules the domain cannot enforce alone: nothing is deleted and the fate
/// history is never changed (<see cref="HistoryRules"/>), and an edit made to an out-of-date copy
/// of a record is refused with a <see cref="ConcurrencyConflictException"/>. Every save also
/// brings the person search index up to date and appends what changed, and who changed it, to the
/// hash-chained <see cref="AuditEntries"/>, in the same transaction as the change itself.
/// Accounts and roles are ASP.NET Core Identity's tables in the same database.
/// </remarks>
public abstract class WhereaboutsDbContext : IdentityDbContext<IdentityUser, IdentityRole, string>, IDataProtectionKeyContext
{
    /// <summary>Transaction-level lock that serialises appends to the audit chain on PostgreSQL.</summary>
    private const string AuditLockSql = "SELECT pg_advisory_xact_lock(87120524460098)";

    /// <summary>Creates the context with provider options.</summary>
    protected WhereaboutsDbContext(DbContextOptions options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Gate = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?
            .OfType<WriteGateInterceptor>().FirstOrDefault()?.Gate;
    }

    /// <summary>Everyone the registry accounts for.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>The documents facts rest on.</summary>
    public DbSet<Source> Sources => Set<Source>();

    /// <summary>The parties to the conflict the registry accounts for (never deleted; see docs/adr/0016).</summary>
    public DbSet<Party> Parties => Set<Party>();

    /// <summary>Sourced aggregate figures.</summary>
    public DbSet<CountClaim> CountClaims => Set<CountClaim>();

    /// <summary>The registry's copies of sources' documents.</summary>
    public DbSet<SourceArchive> SourceArchives => Set<SourceArchive>();

    /// <summary>The gazetteer.</summary>
    public DbSet<Place> Places => Set<Place>();

    /// <summary>Incidents and events counted over.</summary>
    public DbSet<Incident> Incidents => Set<Incident>();

    /// <summary>Exchanges of prisoners and remains, with the named people who went each way.</summary>
    public DbSet<Exchange> Exchanges => Set<Exchange>();

    /// <summary>The fate history of every person (read-only use; add through <see cref="Person.AssertFate"/>).</summary>
    public DbSet<FateAssertion> FateAssertions => Set<FateAssertion>();

    /// <summary>Rows of imported lists, as the lists wrote them.</summary>
    public DbSet<ListEntry> ListEntries => Set<ListEntry>();

    /// <summary>Proposed matches between list rows and registry people, with their judgements.</summary>
    public DbSet<ListMatch> ListMatches => Set<ListMatch>();

    /// <summary>Lists uploaded to the web app, with where their import stands.</summary>
    public DbSet<ListImport> ListImports => Set<ListImport>();

    /// <summary>Which server runs each list import and until when it is known to be alive (written outside the audit; see <see cref="Lists.ListImportLease"/>).</summary>
    public DbSet<Lists.ListImportLease> ListImportLeases => Set<Lists.ListImportLease>();

    /// <summary>Named ways of reading lists, saved on the Lists page.</summary>
    public DbSet<ListMappingTemplate> ListMappingTemplates => Set<ListMappingTemplate>();

    /// <summary>Acknowledgements that a person is gone from a newer version of a list.</summary>
    public DbSet<ListDepartureAcknowledgement> ListDepartureAcknowledgements => Set<ListDepartureAcknowledgement>();

    /// <summary>Pairs of registry records judged (or proposed) to be one person.</summary>
    public DbSet<PersonPair> PersonPairs => Set<PersonPair>();

    /// <summary>Legal cases (ECHR requests and applications, trials) with their proceedings.</summary>
    public DbSet<LegalCase> LegalCases => Set<LegalCase>();

    /// <summary>What families were told about their relatives (append-only; see docs/adr/0011).</summary>
    public DbSet<FamilyNotification> FamilyNotifications => Set<FamilyNotification>();

    /// <summary>Families' requests to know what became of a relative, with their steps and contact events.</summary>
    public DbSet<TracingRequest> TracingRequests => Set<TracingRequest>();

    /// <summary>The encrypted contact details of enquirers (never audited; erasable; see docs/adr/0025).</summary>
    public DbSet<EnquirerContact> EnquirerContacts => Set<EnquirerContact>();

    /// <summary>What the detaining side did, or let be done, for captives: notifications, ICRC confirmations and visits, capture cards, messages.</summary>
    public DbSet<CaptivityEvent> CaptivityEvents => Set<CaptivityEvent>();

    /// <summary>Files kept as evidence, one row per distinct content (the bytes are in the file store; see docs/adr/0028).</summary>
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    /// <summary>Files attached to sources, with who attached them and when (and detached, if they were).</summary>
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    /// <summary>The verification history of files and sources (append-only).</summary>
    public DbSet<VerificationStep> VerificationSteps => Set<VerificationStep>();

    /// <summary>Who controlled, patrolled or contested places over time, each period from a source.</summary>
    public DbSet<PlaceControl> PlaceControls => Set<PlaceControl>();

    /// <summary>The hash-chained log of every change (appended by saving; never written directly).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>One row per person for lists and filters (kept by saving; never written directly).</summary>
    public DbSet<PersonIndexEntry> PersonIndex => Set<PersonIndexEntry>();

    /// <summary>The phonetic keys of people's names, for search across scripts (kept by saving).</summary>
    public DbSet<PersonNameKey> PersonNameKeys => Set<PersonNameKey>();

    /// <summary>The pairs of name keys of each identity, for searches of two words (kept by saving).</summary>
    public DbSet<PersonNamePair> PersonNamePairs => Set<PersonNamePair>();

    /// <summary>Every distinct name key with how many key rows carry it (kept by saving).</summary>
    public DbSet<PersonNameKeyCount> PersonNameKeyCounts => Set<PersonNameKeyCount>();

    /// <summary>API keys of accounts (hashes only).</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Accounts' disabled flag and last sign-in (a row only for accounts that have either).</summary>
    public DbSet<AccountState> AccountStates => Set<AccountState>();

    /// <summary>
    /// The web app's Data Protection keys (cookies, antiforgery tokens), kept in the database so
    /// that every app server on one database reads what another wrote. Never in the audit log:
    /// they are key material.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who the changes saved through this context are attributed to in the audit log.</summary>
    /// <remarks>Read at each save from <see cref="ActorSource"/> when one is set.</remarks>
    public string Actor
    {
        get => ActorSource?.Invoke() ?? _actor;
        set => _actor = value;
    }

    /// <summary>
    /// Where the actor is read at each save, for a context that lives as long as a web request: it
    /// may be created (by sign-in checks) before the request knows who is signed in.
    /// </summary>
    public Func<string>? ActorSource { get; set; }

    private string _actor = "system";

    /// <summary>The gate this database's writers in this process wait at while a long write holds it (null for a context configured without it).</summary>
    internal WriteGate? Gate { get; }

    /// <summary>The hold this context has on the gate, while it has one: its own transactions and saves pass.</summary>
    internal WriteHold? WriteHold { get; set; }

    // The transaction in which this context took the audit lock: later saves in it hold the lock
    // already, so they must not wait at the gate for a holder that waits for them.
    private IDbContextTransaction? _auditLockedIn;

    /// <summary>The clock for audit timestamps (replaceable in tests).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(inBulk: false, acceptAllChangesOnSuccess, cancellationToken);

    /// <summary>
    /// Saves like <see cref="SaveChangesAsync(bool, CancellationToken)"/>, under the same rules and
    /// with the same index rows and audit entries in the same transaction, but writes the rows of
    /// new records through the provider's fast path (PostgreSQL's binary COPY, SQLite's prepared
    /// inserts) instead of EF's statements: for saves of thousands of new people (a seeding, a
    /// list's new people). Edits in the same save (a count that grew, a person a list row linked to)
    /// are saved by EF after the new rows; a save that removes anything, or adds a kind of record
    /// the fast path cannot map, is saved entirely the normal way.
    /// </summary>
    /// <returns>The number of rows written.</returns>
    public Task<int> SaveChangesInBulkAsync(CancellationToken cancellationToken = default) =>
        SaveAsync(inBulk: true, acceptAllChangesOnSuccess: true, cancellationToken);

    private async Task<int> SaveAsync(bool inBulk, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        // HasChanges compares every tracked record with its snapshot, unless the caller turned
        // that off, when the rules must still see every edit.
        if (!ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        if (!ChangeTracker.HasChanges())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        // The transaction (and on PostgreSQL the audit lock) comes before the search index is
        // brought up to date: the index reads what it replaces and adds to shared counts
        // (PersonNameKeyCount), which two saves at once must not both read before either writes.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        List<AuditEntry> audit = [];

        // Every look at the tracker (Entries()) would compare every tracked record with its
        // snapshot again: up to nine passes over a save of thousands of records. HasChanges
        // looked once; the tracker looks again at the stored records after the index has edited
        // rows it loaded; nothing else edits records unseen (the rules change states and versions
        // through the tracker).
        var detectChanges = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using (ownTransaction)
            {
                await LockAuditChainAsync(cancellationToken).ConfigureAwait(false);
                HistoryRules.Apply(ChangeTracker);
                await PersonIndexer.RefreshAsync(this, cancellationToken).ConfigureAwait(false);
                DetectChangesToStoredRecords();
                var written = 0;
                if (inBulk)
                {
                    written = await WriteInBulkAsync(audit, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    audit.AddRange(AuditWriter.Collect(ChangeTracker, Actor, Clock.GetUtcNow()));
                    if (audit.Count > 0)
                    {
                        await AppendToChainAsync(audit, cancellationToken).ConfigureAwait(false);
                    }
                }

                written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return written;
            }
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw ConcurrencyConflictException.From(e);
        }
        finally
        {
            foreach (var entry in audit)
            {
                // Saved or not, the entries must not be saved again by a later call. Detached
                // before detection is back on, or each Entry() would compare the entry with its snapshot.
                Entry(entry).State = EntityState.Detached;
            }

            ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    /// <summary>
    /// In a transaction begun on this context, keeps every other save waiting until the transaction
    /// ends, so that a state read after this call (the step a change starts from) is still the state
    /// when the change is saved: two people acting on the same item at once cannot both succeed.
    /// </summary>
    /// <remarks>SQLite's write transactions (EF Core begins them immediate) already exclude each other;
    /// on PostgreSQL this takes the transaction lock every save takes for the audit chain.</remarks>
    /// <exception cref="InvalidOperationException">No transaction is open on this context.</exception>
    public Task HoldOtherSavesAsync(CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is null
            ? throw new InvalidOperationException("Begin a transaction before holding other saves off.")
            : LockAuditChainAsync(cancellationToken);

    /// <summary>
    /// Holds every other write to this database in this process until the hold is disposed: they
    /// wait at the database's <see cref="WriteGate"/> (up to its <see cref="WriteGate.Wait"/>)
    /// instead of failing at the database's lock. For a write that keeps its transaction open long
    /// (a list import, docs/adr/0019): take the hold before beginning the transaction and dispose it
    /// after the transaction has ended. This context's own transactions and saves pass.
    /// </summary>
    /// <exception cref="InvalidOperationException">A transaction is already open, or the context has no gate.</exception>
    public async Task<WriteHold> HoldOtherWritesAsync(CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null || WriteHold is not null)
        {
            throw new InvalidOperationException("Hold other writes once, before beginning the transaction.");
        }

        var gate = Gate ?? throw new InvalidOperationException("This context was configured without a write gate (use WhereaboutsDatabase).");
        WriteHold = await gate.HoldAsync(this, cancellationToken).ConfigureAwait(false);
        return WriteHold;
    }

    internal async Task LockAuditChainAsync(CancellationToken cancellationToken)
    {
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // SQLite's write transactions already exclude each other; PostgreSQL's do not, so
            // appenders queue on a transaction lock instead of forking the chain. Taking it again
            // in the same transaction is free. A long write (an import) holds the lock for its
            // whole transaction: other writes wait at the gate first, then for the lock as long
            // as the gate lets them (a write from another process too), not the 30 s of a command.
            var transaction = Database.CurrentTransaction;
            if (Gate is not null && WriteHold is null && (transaction is null || !ReferenceEquals(transaction, _auditLockedIn)))
            {
                await Gate.PassAsync(cancellationToken).ConfigureAwait(false);
            }

            var timeout = Database.GetCommandTimeout();
            var wait = (int)Math.Ceiling((Gate?.Wait ?? WriteGate.DefaultWait).TotalSeconds);
            Database.SetCommandTimeout(Math.Max(timeout ?? 30, wait));
            try
            {
                await Database.ExecuteSqlRawAsync(AuditLockSql, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Database.SetCommandTimeout(timeout);
            }

            _auditLockedIn = transaction;
        }
    }

    // The index edits rows it loaded (counts that grow, sort names) unseen by the tracker; the
    // rules change the rest through it. Only records already stored can hold such an edit: a new
    // record's values are read when it is written, and the tracker looking at each of the
    // thousands of new records of a large save again (their navigations, their owned records)
    // was a twentieth of a seeding's CPU.
    private void DetectChangesToStoredRecords()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added)
            {
                entry.DetectChanges();
            }
        }
    }

    // The bulk save's writing, with the audit entries made meanwhile. Collecting the entries and
    // hashing the chain only read the records (the rules are done with them, and nothing changes
    // them until every row is written), so they run on another core while this one writes the
    // rows of the records; the entries are added and written last. The entries, their order and
    // their hashes are those a normal save makes: the same AuditWriter over the same records in
    // the tracker's order, chained from the same head. The rows that cannot go the fast way (a
    // removal, a kind the model mapping cannot write) are left, with the entries, to EF's save.
    private async Task<int> WriteInBulkAsync(List<AuditEntry> audit, CancellationToken cancellationToken)
    {
        var tracked = ChangeTracker.Entries().ToList();
        var (sequence, previous) = await ReadChainHeadAsync(cancellationToken).ConfigureAwait(false);
        var actor = Actor;
        var now = Clock.GetUtcNow();
        var collecting = Task.Run(
            () =>
            {
                var entries = AuditWriter.Collect(tracked, actor, now);
                Link(entries, sequence, previous);
                return entries;
            },
            cancellationToken);

        async Task<IReadOnlyList<object>> AddCollectedAsync()
        {
            var entries = await collecting.ConfigureAwait(false);
            audit.AddRange(entries);
            AuditEntries.AddRange(entries);
            return entries;
        }

        try
        {
            if (await Bulk.BulkInsert.TryWriteAsync(this, tracked, AddCollectedAsync, cancellationToken).ConfigureAwait(false) is { } written)
            {
                return written;
            }

            await AddCollectedAsync().ConfigureAwait(false);
            return 0;
        }
        finally
        {
            // A write that failed part-way must not leave the other thread reading records the
            // caller is about to clear; what it failed with, if anything, is the write's to tell.
            await Task.WhenAny(collecting).ConfigureAwait(false);
            _ = collecting.Exception;
        }
    }

    internal async Task AppendToChainAsync(List<AuditEntry> audit, CancellationToken cancellationToken)
    {
        var (sequence, previous) = await ReadChainHeadAsync(cancellationToken).ConfigureAwait(false);
        Link(audit, sequence, previous);
        AuditEntries.AddRange(audit);
    }

    // The sequence and hash of the last entry of the chain (0 and the genesis hash when it is empty).
    private async Task<(long Sequence, string Hash)> ReadChainHeadAsync(CancellationToken cancellationToken)
    {
        var last = await AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return (last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
    }

    // Numbers the entries after the head and hashes each over the one before it.
    private static void Link(List<AuditEntry> audit, long sequence, string previous)
    {
        foreach (var entry in audit)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = AuditChain.ComputeHash(entry);
            previous = entry.Hash;
        }
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(11);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WhereaboutsDbContext).Assembly);

        // The domain makes every identity itself. Saying so lets EF insert (not update) a new fate
        // assertion that it finds in a person's history. Identity's own tables keep their conventions.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType.Assembly != typeof(IdentityUser).Assembly))
        {
            foreach (var key in entity.FindPrimaryKey()?.Properties ?? [])
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}
