using System.Globalization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Whereabouts.Domain;
using Whereabouts.Storage.Accounts;
using Whereabouts.Storage.Search;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// Turns the changes about to be saved into audit entries. Secrets (password hashes, security
/// stamps, key hashes, authenticator keys and recovery codes) are never copied into the log; that a password changed is recorded, not what to.
/// </summary>
internal static class AuditWriter
{
    private const string Redacted = "(changed)";

    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(ApiKey.Hash),
    };

    // Bookkeeping that changes with every save and says nothing about the record.
    private static readonly HashSet<string> IgnoredProperties = new(StringComparer.Ordinal)
    {
        "Version", nameof(IdentityUser.ConcurrencyStamp),
    };

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
        foreach (var entry in tracked)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is AuditEntry or PersonIndexEntry or PersonNameKey or PersonNameKeyCount or DataProtectionKey)
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
                AuditChain.Describe(changes)));
        }

        return entries;
    }

    private static SortedDictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (IgnoredProperties.Contains(name) || (entry.Metadata.IsOwned() && property.Metadata.IsPrimaryKey()))
            {
                continue;
            }

            if (entry.Entity is SourceArchive && ArchivedProperties.Contains(name))
            {
                changes[name] = "(archived; see Sha256)";
                continue;
            }

            // An uploaded list's bytes likewise: the log records their SHA-256.
            if (entry.Entity is ListImport && name == nameof(ListImport.Content))
            {
                changes[name] = "(uploaded; see ContentSha256)";
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

    private static string TypeName(EntityEntry entry) => entry.Entity switch
    {
        IdentityUser => "Account",
        IdentityRole => "Role",
        IdentityUserRole<string> => "AccountRole",
        IdentityUserToken<string> => "AccountToken",
        ApiKey => "ApiKey",
        _ => entry.Metadata.ClrType.Name,
    };

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
