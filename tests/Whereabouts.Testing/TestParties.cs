using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Testing;

/// <summary>
/// The parties most tests' people belong to: Armenia (<c>armenian</c>) and Azerbaijan
/// (<c>azerbaijani</c>), as the demo gives them. Parties are data (docs/adr/0016), so a test
/// registry has them only when a test adds them; <see cref="TestDatabase"/> does for every fresh
/// database unless asked for an empty one.
/// </summary>
public static class TestParties
{
    public const string Armenian = "armenian";

    public const string Azerbaijani = "azerbaijani";

    /// <summary>
    /// Adds the two parties the registry does not have yet. They are written as the migration that
    /// made sides data writes them (docs/adr/0016), past the audit log, so that tests counting audit
    /// entries count only their own.
    /// </summary>
    public static async Task AddAsync(WhereaboutsDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.CreateContext("test");
        foreach (var party in Create())
        {
            if (!await context.Parties.AnyAsync(p => p.Slug == party.Slug, cancellationToken))
            {
                await context.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"Parties\" (\"Slug\", \"NameEn\", \"NameHy\", \"NameRu\", \"NameAz\", \"Version\") VALUES ({party.Slug}, {party.NameEn}, {party.NameHy}, {party.NameRu}, {party.NameAz}, 0)",
                    cancellationToken);
            }
        }
    }

    public static IReadOnlyList<Party> Create() =>
    [
        new Party(Armenian, new PartyNames("Armenia", "Հայաստան", "Армения", "Ermənistan")),
        new Party(Azerbaijani, new PartyNames("Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan")),
    ];
}
