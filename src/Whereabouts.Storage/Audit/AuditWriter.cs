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
        typeof(AuditEntry), typeof(PersonIndexEntry), typeof(PersonNameKey), typeof(PersonNameKeyCount), typeof(DataProtectionKey),
        typeof(EnquirerContact), typeof(Lists.ListImportLease),
    ];

    // A whole archived document would be copied into the log for nothing: it never changes, and
    // the log records its SHA-256, which proves what was archived.
    private static readonly HashSet<string> ArchivedProperties = new(StringComparer.Ordinal)
    {
        nameof(SourceArchive.Content), nameof(SourceArchive.Text),
    };

    public static List<AuditEntry> Collect(ChangeTracker tracker, string actor, DateTimeOffset now)
    {
        var at = AuditChain.Truncate(now);
        var entries = new List<AuditEntry>();
        var tracked = tracker.Entries().ToList();
        var owners = new OwnerLookup(tracked);
        var states = new Dictionary<object, string?>(ReferenceEqualityComparer.Instance);
        foreach (var entry in tracked)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry.Metadata))
            {
                continue;
            }

            var changes = Changes(entry);
            if (changes.Count == 0)
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
                AuditChain.Describe(changes))
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

    private static SortedDictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (AuditState.Bookkeeping.Contains(name) || (entry.Metadata.IsOwned() && property.Metadata.IsPrimaryKey()))
            {
                continue;
            }

            if (entry.Entity is SourceArchive && ArchivedProperties.Contains(name))
            {
                changes[name] = Archived;
                continue;
            }

            // An uploaded list's bytes likewise: the log records their SHA-256.
            if (entry.Entity is ListImport && name == nameof(ListImport.Content))
            {
                changes[name] = Uploaded;
                continue;
            }

            // An account's tokens are its authenticator key and recovery codes: secrets, all of them.
            var secret = SecretProperties.Contains(name) || (entry.Entity is IdentityUserToken<string> && name == nameof(IdentityUserToken<string>.Value));
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = secret ? (property.CurrentValue is null ? null : Redacted) : Text(property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    changes[name] = secret ? null : Text(property.OriginalValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = secret ? Redacted : new[] { Text(property.OriginalValue), Text(property.CurrentValue) };
                    break;
                default:
                    break;
            }
        }

        return changes;
    }

    private static string? Text(object? value) => value is null ? null : AuditChain.Text(CultureInfo.InvariantCulture, value);

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
