using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// Compares every row of every audited table with the audit log (docs/adr/0022): the log is read
/// once, entry by entry, into the latest word about each row (<see cref="Observe"/>); then each
/// table is read in pages and each row's state hashed and compared with that word. A row whose
/// state differs, or whose latest entry predates state hashes, is compared field by field with
/// the values its entries' changes recorded, which names the field.
/// </summary>
internal sealed class RowInspection
{
    /// <summary>The action of a baseline entry written by <c>audit seal</c>.</summary>
    public const string SealAction = "Sealed";

    private const int PageSize = 1000;

    private static readonly MethodInfo CheckTableMethod =
        typeof(RowInspection).GetMethod(nameof(CheckTableAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private readonly WhereaboutsDbContext _context;
    private readonly int _maxProblems;
    private readonly Dictionary<string, IEntityType> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _ownedRoots = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Id), RowTrail> _trails = [];
    private readonly List<RowProblem> _problems = [];
    private readonly Seal? _seal;

    /// <summary>Prepares a check of the rows; with <paramref name="seal"/>, also the baseline entries of <c>audit seal</c>.</summary>
    public RowInspection(WhereaboutsDbContext context, int maxProblems, Seal? seal = null)
    {
        _context = context;
        _maxProblems = maxProblems;
        _seal = seal;
        foreach (var type in context.Model.GetEntityTypes().Where(t => AuditWriter.IsAudited(t)))
        {
            if (!type.IsOwned())
            {
                if (type.GetTableName() is not null)
                {
                    _roots[AuditWriter.TypeName(type.ClrType)] = type;
                }

                continue;
            }

            var root = type;
            while (root.FindOwnership() is { } ownership)
            {
                root = ownership.PrincipalEntityType;
            }

            var owned = AuditWriter.TypeName(type.ClrType);
            if (!_ownedRoots.TryGetValue(owned, out var roots))
            {
                _ownedRoots[owned] = roots = [];
            }

            roots.Add(AuditWriter.TypeName(root.ClrType));
        }
    }

    public long RowsChecked { get; private set; }

    public long ProblemCount { get; private set; }

    public IReadOnlyList<RowProblem> Problems => _problems;

    public long RowsSealed { get; private set; }

    /// <summary>Who seals, and when: a row with no state in the log gets an entry saying its state now is its baseline.</summary>
    /// <param name="Actor">The account or process the baseline entries are attributed to.</param>
    /// <param name="At">When they are recorded.</param>
    public sealed record Seal(string Actor, DateTimeOffset At);

    /// <summary>Takes in one entry of the log, in the log's order.</summary>
    public void Observe(AuditEntry entry)
    {
        if (_roots.ContainsKey(entry.EntityType))
        {
            var key = (entry.EntityType, entry.EntityId);
            if (!_trails.TryGetValue(key, out var trail))
            {
                _trails[key] = trail = new RowTrail();
            }

            trail.Sequence = entry.Sequence;
            trail.Removed = string.Equals(entry.Action, nameof(EntityState.Deleted), StringComparison.Ordinal);
            trail.StateHash = entry.StateHash;
            return;
        }

        // An owned record (an assertion's evidence, a person's name form) lives in its owner's
        // row, whose state its entry carries. Several kinds may own one kind; the keys tell
        // which owner it is.
        if (_ownedRoots.TryGetValue(entry.EntityType, out var roots))
        {
            foreach (var root in roots)
            {
                if (_trails.TryGetValue((root, entry.EntityId), out var trail))
                {
                    trail.Sequence = entry.Sequence;
                    trail.StateHash = entry.StateHash;
                }
            }
        }
    }

    /// <summary>Reads every audited table and compares its rows with what <see cref="Observe"/> gathered.</summary>
    public async Task CheckRowsAsync(CancellationToken cancellationToken)
    {
        var tracking = _context.ChangeTracker.AutoDetectChangesEnabled;
        _context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var (name, type) in _roots.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                await ((Task)CheckTableMethod.MakeGenericMethod(type.ClrType).Invoke(this, [name, type, cancellationToken])!).ConfigureAwait(false);
            }
        }
        finally
        {
            _context.ChangeTracker.Clear();
            _context.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }

        foreach (var ((type, id), trail) in _trails.Where(t => !t.Value.Seen && !t.Value.Removed).OrderBy(t => t.Value.Sequence))
        {
            Report(new RowProblem(
                _roots[type].GetTableName()!, id, [], string.Create(CultureInfo.InvariantCulture, $"the row is gone though entry {trail.Sequence} is about it: deleted by hand")));
        }
    }

    private async Task CheckTableAsync<T>(string name, IEntityType type, CancellationToken cancellationToken)
        where T : class
    {
        var table = type.GetTableName()!;
        var keys = type.FindPrimaryKey()!.Properties;
        var ordered = _context.Set<T>().IgnoreAutoIncludes().OrderBy(r => EF.Property<object>(r, keys[0].Name));
        foreach (var key in keys.Skip(1))
        {
            ordered = ordered.ThenBy(r => EF.Property<object>(r, key.Name));
        }

        for (var offset = 0; ; offset += PageSize)
        {
            List<T> page;
            try
            {
                page = await ordered.Skip(offset).Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidCastException or FormatException or ArgumentException or JsonException or DbException)
            {
                // A value altered into something the model cannot read is itself a finding.
                _context.ChangeTracker.Clear();
                Report(new RowProblem(table, string.Create(CultureInfo.InvariantCulture, $"(rows {offset + 1} and after)"), [], $"cannot be read: {e.Message}"));
                return;
            }

            var suspects = new List<(EntityEntry Row, string Id, RowTrail Trail)>();
            var seals = new List<AuditEntry>();
            foreach (var record in page)
            {
                RowsChecked++;
                var row = _context.Entry(record);
                var id = AuditWriter.KeyOf(row);
                if (!_trails.TryGetValue((name, id), out var trail))
                {
                    if (_seal is null)
                    {
                        Report(new RowProblem(table, id, [], "no audit entry is about this row: inserted by hand"));
                    }
                    else
                    {
                        seals.Add(SealOf(name, id, row));
                    }

                    continue;
                }

                trail.Seen = true;
                if (trail.Removed)
                {
                    Report(new RowProblem(table, id, [], string.Create(CultureInfo.InvariantCulture, $"entry {trail.Sequence} removed this row, yet it is there: put back by hand")));
                }
                else if (trail.StateHash is null || !string.Equals(trail.StateHash, AuditState.Hash(row), StringComparison.Ordinal))
                {
                    suspects.Add((row, id, trail));
                }
            }

            if (suspects.Count > 0)
            {
                await ReplayAsync(name, table, suspects, seals, cancellationToken).ConfigureAwait(false);
            }

            _context.ChangeTracker.Clear();
            if (seals.Count > 0)
            {
                await AppendSealsAsync(seals, cancellationToken).ConfigureAwait(false);
            }

            if (page.Count < PageSize)
            {
                return;
            }
        }
    }

    // Replays the changes the log recorded for each suspect row and names the fields whose values
    // now differ. The entries are found through their subject, the log's only index besides the
    // sequence. A row with a state hash that differs is a finding even when no field can be named
    // (an owned list, a secret or an archived document changed); a row from before state hashes
    // is one only when a recorded field differs.
    private async Task ReplayAsync(
        string name, string table, List<(EntityEntry Row, string Id, RowTrail Trail)> suspects, List<AuditEntry> seals, CancellationToken cancellationToken)
    {
        var subjects = suspects.Select(s => AuditWriter.SubjectOf(s.Row)).Distinct(StringComparer.Ordinal).ToList();
        var ids = suspects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var entries = await _context.AuditEntries.AsNoTracking()
            .Where(e => subjects.Contains(e.SubjectId))
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.EntityType, e.EntityId, e.Action, e.Changes })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recorded = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => ids.Contains(e.EntityId)))
        {
            var prefix = string.Equals(entry.EntityType, name, StringComparison.Ordinal) ? string.Empty : entry.EntityType + ".";
            if (!recorded.TryGetValue(entry.EntityId, out var values))
            {
                recorded[entry.EntityId] = values = new Dictionary<string, string?>(StringComparer.Ordinal);
            }

            Replay(entry.Changes, entry.Action, prefix, values);
        }

        foreach (var (row, id, trail) in suspects)
        {
            var current = FieldTexts(row);
            var fields = recorded.TryGetValue(id, out var values)
                ? values.Where(v => !AuditWriter.IsPlaceholder(v.Value) && current.TryGetValue(v.Key, out var now) && !string.Equals(now, v.Value, StringComparison.Ordinal))
                    .Select(v => v.Key).Order(StringComparer.Ordinal).ToList()
                : [];
            if (fields.Count > 0)
            {
                Report(new RowProblem(table, id, fields, string.Create(
                    CultureInfo.InvariantCulture, $"{string.Join(", ", fields)} differ{(fields.Count == 1 ? "s" : string.Empty)} from the values the log recorded up to entry {trail.Sequence}: altered by hand")));
            }
            else if (trail.StateHash is not null)
            {
                Report(new RowProblem(table, id, [], string.Create(
                    CultureInfo.InvariantCulture, $"the row's state differs from the one entry {trail.Sequence} recorded (in a field the log does not show: a list inside the row, a secret or an archived document): altered by hand")));
            }
            else if (_seal is not null)
            {
                seals.Add(SealOf(name, id, row));
            }
        }
    }

    // A baseline: the row's state now, attributed to whoever sealed. Its changes are empty; the
    // values stay in the entries before it, and the state hash proves the rest.
    private AuditEntry SealOf(string name, string id, EntityEntry row) =>
        new(AuditChain.Truncate(_seal!.At), _seal.Actor, SealAction, name, id, AuditWriter.SubjectOf(row), "{}")
        {
            StateHash = AuditState.Hash(row),
        };

    private async Task AppendSealsAsync(List<AuditEntry> seals, CancellationToken cancellationToken)
    {
        await using var transaction = await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await _context.LockAuditChainAsync(cancellationToken).ConfigureAwait(false);
        await _context.AppendToChainAsync(seals, cancellationToken).ConfigureAwait(false);
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _context.ChangeTracker.Clear();
        RowsSealed += seals.Count;
    }

    private static void Replay(string changes, string action, string prefix, Dictionary<string, string?> values)
    {
        if (string.Equals(action, nameof(EntityState.Deleted), StringComparison.Ordinal))
        {
            return;
        }

        using var document = JsonDocument.Parse(changes);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            var value = field.Value.ValueKind == JsonValueKind.Array ? field.Value[field.Value.GetArrayLength() - 1] : field.Value;
            values[prefix + field.Name] = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
    }

    // The values of a row and of the single records stored in it (an assertion's evidence), as
    // the log writes them: the same keys as the replayed changes.
    private static Dictionary<string, string?> FieldTexts(EntityEntry row)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        Add(row, string.Empty, texts);
        foreach (var reference in row.References.Where(r => r.Metadata is INavigation { ForeignKey.IsOwnership: true, IsOnDependent: false }))
        {
            if (reference.TargetEntry is { } owned)
            {
                Add(owned, AuditWriter.TypeName(owned.Metadata.ClrType) + ".", texts);
            }
        }

        return texts;
    }

    private static void Add(EntityEntry entry, string prefix, Dictionary<string, string?> texts)
    {
        foreach (var property in entry.Properties)
        {
            if (!(entry.Metadata.IsOwned() && property.Metadata.IsPrimaryKey()))
            {
                texts[prefix + property.Metadata.Name] = property.CurrentValue is { } value ? AuditChain.Text(CultureInfo.InvariantCulture, value) : null;
            }
        }
    }

    private void Report(RowProblem problem)
    {
        ProblemCount++;
        if (_problems.Count < _maxProblems)
        {
            _problems.Add(problem);
        }
    }
}
