using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Whereabouts.Domain;
using Whereabouts.Storage.Accounts;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tracing;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// Turns the changes about to be saved into audit entries. Secrets (password hashes, security
/// stamps, key hashes, authenticator keys and recovery codes) are never copied into the log; that a password changed is recorded, not what to.
/// </summary>
internal static class AuditWriter
{
    private const string Redacted = "(changed)";
    private const string Archived = "(archived; see Sha256)";
    private const string Uploaded = "(uploaded; see ContentSha256)";

    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(ApiKey.Hash),
    };

    // Derived rows (rebuilt from the records they come from), the log itself, key material,
    // families' encrypted contacts (erasable; what is done with them is audited on the request),
    // and the leases of running list imports (operational: renewed outside the save; ADR 0024).
    private static readonly HashSet<Type> Unaudited =
    [
        typeof(AuditEntry), typeof(PersonIndexEntry), typeof(PersonNameKey), typeof(PersonNamePair), typeof(PersonNameKeyCount), typeof(DataProtectionKey),
        typeof(EnquirerContact), typeof(Lists.ListImportLease),
    ];

    // A whole archived document would be copied into the log for nothing: it never changes, and
    // the log records its SHA-256, which proves what was archived.
    private static readonly HashSet<string> ArchivedProperties = new(StringComparer.Ordinal)
    {
        nameof(SourceArchive.Content), nameof(SourceArchive.Text),
    };

    public static List<AuditEntry> Collect(ChangeTracker tracker, string actor, DateTimeOffset now) =>
        Collect(tracker.Entries().ToList(), actor, now);

    /// <summary>
    /// The entries for <paramref name="tracked"/>, the tracker's records as a save's rules left
    /// them, in the tracker's order. Only reads the records and the tracker (a bulk save runs it on
    /// another thread while it writes rows; see <see cref="WhereaboutsDbContext"/>).
    /// </summary>
    public static List<AuditEntry> Collect(IReadOnlyList<EntityEntry> tracked, string actor, DateTimeOffset now)
    {
        var at = AuditChain.Truncate(now);
        var entries = new List<AuditEntry>();
        var owners = new OwnerLookup(tracked);
        var states = new Dictionary<object, string?>(ReferenceEqualityComparer.Instance);
        foreach (var entry in tracked)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry.Metadata))
            {
                continue;
            }

            var changes = Changes(entry);
            if (changes is null)
            {
                continue;
            }

            entries.Add(new AuditEntry(
                at,
                actor,
                entry.State.ToString(),
                TypeName(entry),
                KeyOf(owners, entry),
                SubjectOf(owners, entry),
                changes)
            {
                StateHash = StateHashOf(owners, entry, states),
            });
        }

        return entries;
    }

    /// <summary>Whether a value in the log's changes stands for a value it does not show (a secret, a document).</summary>
    public static bool IsPlaceholder(string? text) => text is Redacted or Archived or Uploaded;

    /// <summary>Whether changes to records of <paramref name="type"/> (or of the record that owns them) are logged.</summary>
    public static bool IsAudited(IEntityType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var root = type;
        while (root.FindOwnership() is { } ownership)
        {
            root = ownership.PrincipalEntityType;
        }

        return !Unaudited.Contains(root.ClrType);
    }

    // The state after the save of the row the entry's record lives in: its own, or its owner's
    // when it is owned (an owned record is stored in its owner's row). Several entries of one save
    // about one row share one computation. None for a row being deleted.
    private static string? StateHashOf(OwnerLookup owners, EntityEntry entry, Dictionary<object, string?> states)
    {
        var root = entry;
        while (root.Metadata.IsOwned())
        {
            if (owners.Find(root) is not { } owner)
            {
                return null;
            }

            root = owner;
        }

        if (root.State is EntityState.Deleted or EntityState.Detached)
        {
            return null;
        }

        if (!states.TryGetValue(root.Entity, out var hash))
        {
            states[root.Entity] = hash = AuditState.Hash(root);
        }

        return hash;
    }

    // The changed fields as the log's JSON object (AuditChain.Describe), or null when none changed.
    private static string? Changes(EntityEntry entry)
    {
        var changes = new List<KeyValuePair<string, object?>>();
        foreach (var field in ChangePlans.GetOrAdd(entry.Metadata, ChangePlan))
        {
            var name = field.Property.Name;
            if (field.Placeholder is { } placeholder)
            {
                changes.Add(new(name, placeholder));
                continue;
            }

            // A new record's values are read straight from it (a list's import logs hundreds of
            // thousands); the tracker is asked only for shadow values and for edits.
            if (entry.State == EntityState.Added)
            {
                var value = field.Getter is null ? entry.Property(field.Property).CurrentValue : field.Getter.GetClrValue(entry.Entity);
                changes.Add(new(name, field.Secret ? (value is null ? null : Redacted) : Text(value)));
                continue;
            }

            var property = entry.Property(field.Property);
            var secret = field.Secret;
            switch (entry.State)
            {
                case EntityState.Deleted:
                    changes.Add(new(name, secret ? null : Text(property.OriginalValue)));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes.Add(new(name, secret ? Redacted : new[] { Text(property.OriginalValue), Text(property.CurrentValue) }));
                    break;
                default:
                    break;
            }
        }

        return changes.Count == 0 ? null : AuditChain.Describe(changes);
    }

    private static string? Text(object? value) => value is null ? null : AuditChain.Text(CultureInfo.InvariantCulture, value);

    // What the log records of each kind of record, looked up once per kind.
    private static readonly ConcurrentDictionary<IEntityType, IReadOnlyList<ChangeField>> ChangePlans = new();

    private static List<ChangeField> ChangePlan(IEntityType type)
    {
        var fields = new List<ChangeField>();
        foreach (var property in type.GetProperties())
        {
            var name = property.Name;
            if (AuditState.Bookkeeping.Contains(name) || (type.IsOwned() && property.IsPrimaryKey()))
            {
                continue;
            }

            // An archived document's content and an uploaded list's bytes: the log records their SHA-256.
            var placeholder = type.ClrType == typeof(SourceArchive) && ArchivedProperties.Contains(name) ? Archived
                : type.ClrType == typeof(ListImport) && name == nameof(ListImport.Content) ? Uploaded
                : null;

            // An account's tokens are its authenticator key and recovery codes: secrets, all of them.
            var secret = SecretProperties.Contains(name) || (type.ClrType == typeof(IdentityUserToken<string>) && name == nameof(IdentityUserToken<string>.Value));
            // A value the database makes (Identity's claim ids) is a temporary one in the tracker, not in the record.
            var direct = !property.IsShadowProperty() && property.ValueGenerated == ValueGenerated.Never;
            fields.Add(new ChangeField(property, direct ? property.GetGetter() : null, placeholder, secret));
        }

        return fields;
    }

    private sealed record ChangeField(IProperty Property, IClrPropertyGetter? Getter, string? Placeholder, bool Secret);

    private static string TypeName(EntityEntry entry) => TypeName(entry.Metadata.ClrType);

    /// <summary>The name the log gives records of a class (its <see cref="AuditEntry.EntityType"/>).</summary>
    public static string TypeName(Type type) => type switch
    {
        _ when type == typeof(IdentityUser) => "Account",
        _ when type == typeof(IdentityRole) => "Role",
        _ when type == typeof(IdentityUserRole<string>) => "AccountRole",
        _ when type == typeof(IdentityUserToken<string>) => "AccountToken",
        _ => type.Name,
    };

    /// <summary>The key the log gives a record that is not owned (its <see cref="AuditEntry.EntityId"/>).</summary>
    public static string KeyOf(EntityEntry entry) => KeyOf(new OwnerLookup([]), entry);

    /// <summary>The subject the log files a record that is not owned under (its <see cref="AuditEntry.SubjectId"/>).</summary>
    public static string SubjectOf(EntityEntry entry) => SubjectOf(new OwnerLookup([]), entry);

    private static string KeyOf(OwnerLookup owners, EntityEntry entry)
    {
        if (entry.Metadata.IsOwned())
        {
            return owners.Find(entry) is { } owner ? KeyOf(owners, owner) : string.Empty;
        }

        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return string.Join('/', key.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue) ?? string.Empty));
    }

    private static string SubjectOf(OwnerLookup owners, EntityEntry entry)
    {
        if (entry.Metadata.IsOwned())
        {
            return owners.Find(entry) is { } owner ? SubjectOf(owners, owner) : string.Empty;
        }

        foreach (var link in new[] { "PersonId", "UserId", "LegalCaseId" })
        {
            if (entry.Metadata.FindProperty(link) is not null && entry.Property(link).CurrentValue is { } value)
            {
                return Text(value) ?? string.Empty;
            }
        }

        return KeyOf(owners, entry);
    }
}
