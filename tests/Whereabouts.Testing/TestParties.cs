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

    /// <summary>Adds the two parties the registry does not have yet.</summary>
    public static async Task AddAsync(WhereaboutsDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.CreateContext("test");
        foreach (var party in Create())
        {
            if (await context.Parties.FindAsync([party.Slug], cancellationToken) is null)
            {
                context.Parties.Add(party);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    public static IReadOnlyList<Party> Create() =>
    [
        new Party(Armenian, new PartyNames("Armenia", "Հայաստան", "Армения", "Ermənistan")),
        new Party(Azerbaijani, new PartyNames("Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan")),
    ];
}
