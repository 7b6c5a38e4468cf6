using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Linkage.Records;
using Whereabouts.Storage;

namespace Whereabouts.Application.Lists;

/// <summary>
/// The registry's people as a table the linkage engine can compare a list with: one row per name
/// form (a person written in Armenian, Russian and Latin letters is three rows), with the person's
/// date and place of birth on each.
/// </summary>
internal sealed class RegistryRecords
{
    public static readonly string[] Columns = ["id", "given_name", "family_name", "patronymic", "birth_date", "birth_place"];

    private RegistryRecords(RecordTable table, IReadOnlyList<Guid> personOfRow, IReadOnlyDictionary<Guid, PersonFacts> facts)
    {
        Table = table;
        PersonOfRow = personOfRow;
        Facts = facts;
    }

    public RecordTable Table { get; }

    /// <summary>The person each row of <see cref="Table"/> is a name form of.</summary>
    public IReadOnlyList<Guid> PersonOfRow { get; }

    /// <summary>Each person's side and date of birth, which a row must not contradict to be linked without review.</summary>
    public IReadOnlyDictionary<Guid, PersonFacts> Facts { get; }

    public static Task<RegistryRecords> LoadAsync(WhereaboutsDbContext context, CancellationToken cancellationToken) =>
        LoadAsync(context, null, cancellationToken);

    /// <summary>The registry's people, or only those in <paramref name="only"/> when it is given.</summary>
    public static async Task<RegistryRecords> LoadAsync(WhereaboutsDbContext context, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var places = await context.Places.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.PrimaryName.Text, cancellationToken).ConfigureAwait(false);
        var chosen = context.People.AsNoTracking();
        if (only is not null)
        {
            chosen = chosen.Where(p => only.Contains(p.Id));
        }

        var people = await chosen
            .Select(p => new { p.Id, p.Names, p.NameWithdrawals, p.BirthDate, p.BirthPlaceId, p.Side })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var rows = new List<string?[]>();
        var owners = new List<Guid>();
        var facts = new Dictionary<Guid, PersonFacts>();
        foreach (var person in people)
        {
            facts[person.Id] = new PersonFacts(person.Side, person.BirthDate);
            var birthDate = Format(person.BirthDate);
            var birthPlace = person.BirthPlaceId is { } place ? places.GetValueOrDefault(place) : null;
            var form = 0;
            // A withdrawn spelling was entered wrongly: matching a list row on it would repeat the mistake.
            foreach (var name in Person.Standing(person.Names, person.NameWithdrawals))
            {
                rows.Add([string.Create(CultureInfo.InvariantCulture, $"{person.Id:N}/{form++}"), name.GivenName, name.FamilyName, name.Patronymic, birthDate, birthPlace]);
                owners.Add(person.Id);
            }
        }

        return new RegistryRecords(new RecordTable("registry", Columns, "id", rows), owners, facts);
    }

    // The engine reads YYYY and YYYY-MM-DD; a month without a day is compared by its year. The date
    // as stated, not its earliest day: "~2002" is 2002 (its earliest, 2001, would make "Hayk
    // Gevorgyan, ~2002" a year apart from "Айк Геворгян, 2002").
    internal static string? Format(PartialDate? date) => date switch
    {
        null => null,
        { Precision: DatePrecision.Day } => date.StatedStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A person's side and date of birth.</summary>
    public sealed record PersonFacts(string? Side, PartialDate? BirthDate);
}
