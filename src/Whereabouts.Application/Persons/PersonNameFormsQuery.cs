using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Every name form of a page of people, so that a list can show each person under the form in
/// the reader's script with the others beside it (the search index holds only the primary name).
/// </summary>
public sealed class PersonNameFormsQuery(WhereaboutsDatabase database)
{
    /// <summary>
    /// The full names of the forms of each of <paramref name="people"/>, in the registry's order
    /// (the primary form first); a person who does not exist is left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> RunAsync(IReadOnlyCollection<Guid> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (people.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<string>>();
        }

        await using var context = database.CreateContext();

        // Only the names column is read: the fates that come with a whole person are not needed.
        var rows = await context.People.AsNoTracking()
            .Where(p => people.Contains(p.Id))
            .Select(p => new { p.Id, p.Names, p.NameWithdrawals })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => (IReadOnlyList<string>)[.. Person.Standing(r.Names, r.NameWithdrawals).Select(n => n.FullName)]);
    }
}
