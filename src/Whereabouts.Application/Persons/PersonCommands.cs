using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Persons;

/// <summary>
/// The changes a caseworker makes to people: register, add a name form, assert a fate, correct the
/// details. Every change is saved under the current actor's name, so the audit log says who made it.
/// </summary>
/// <remarks>
/// <para>Input is checked field by field first (a <see cref="ValidationFailedException"/> names
/// the fields as the form and the JSON do: <c>familyName</c>, <c>asOf</c>, <c>sourceId</c>; an
/// unknown source, incident or place is such an error). What passes is handed to the domain, whose
/// refusals (a date before birth, life after a confirmed death) pass through as
/// <see cref="DomainRuleException"/>.</para>
/// <para>An edit that names the version it was made to is refused with a
/// <see cref="ConcurrencyConflictException"/> when the person has moved on since, so a caseworker
/// never overwrites or contradicts what they have not seen.</para>
/// </remarks>
public sealed class PersonCommands(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock, IApiKeyOwnerCache? owners = null)
{
    private const int MaxNameLength = 200;
    private const int MaxOriginLength = 500;

    // One sentence for every such character, so that the pages can show it translated.
    private const string NameCharactersMessage = "Remove the control, direction or invisible characters (such as a zero-width space) from this name.";

    /// <summary>Registers a new person with a first name form, details and, optionally, a first fate assertion.</summary>
    /// <remarks>
    /// The linkage engine is asked first for registry records likely to be the same person (see
    /// <see cref="DuplicateCheck"/>): a second record of one man would count him twice. When it finds
    /// any, nothing is saved unless <see cref="RegisterPersonInput.ConfirmedNew"/> says the person is
    /// someone else; then the person and a "not the same" judgement on each record found are saved together.
    /// </remarks>
    /// <returns>The new person's id and version.</returns>
    /// <exception cref="ValidationFailedException">A field is missing or invalid, or names an unknown record.</exception>
    /// <exception cref="DomainRuleException">The domain refuses the person or the assertion.</exception>
    /// <exception cref="PossibleDuplicatesException">The registry has records likely to be this person and the input does not confirm a new one.</exception>
    public async Task<PersonSaved> RegisterAsync(RegisterPersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Name);
        ArgumentNullException.ThrowIfNull(input.Details);
        await using var context = database.CreateContext(actor.Name);
        var errors = new FieldErrors();
        CheckName(errors, input.Name);
        var birthDate = CheckDetails(errors, input.Details, FieldErrors.LatestToday(clock));
        var side = PartyReference.Resolve(errors, "side", input.Details.Side, await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false));
        var asOf = input.Fate is null ? null : CheckFate(errors, input.Fate, "fate.");
        await CheckExistsAsync(context.Sources, errors, "nameSourceId", input.Name.SourceId, "source", cancellationToken).ConfigureAwait(false);
        await CheckExistsAsync(context.Places, errors, "birthPlaceId", input.Details.BirthPlaceId, "place", cancellationToken).ConfigureAwait(false);
        if (input.Fate is not null)
        {
            await CheckReferencesAsync(context, errors, input.Fate, "fate.", cancellationToken).ConfigureAwait(false);
        }

        errors.ThrowIfAny();
        var person = new Person(Guid.Empty, ToName(input.Name), ToDetails(input.Details, birthDate, side));
        if (input.Fate is not null)
        {
            person.AssertFate(ToAssertion(input.Fate, asOf!));
        }

        var candidates = await DuplicateCheck.FindAsync(context, person.PrimaryName, person.BirthDate, person.BirthPlaceId, cancellationToken).ConfigureAwait(false);
        if (candidates.Count > 0 && !input.ConfirmedNew)
        {
            throw new PossibleDuplicatesException(candidates);
        }

        context.People.Add(person);
        DuplicateCheck.RecordDifferent(context, person.Id, candidates, actor.Name, clock.GetUtcNow());

        // A registered person is real: the demo administrator goes in the same save (docs/adr/0023).
        var demoKeys = await DemoGuard.RetireDemoAdministratorAsync(context, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        owners?.Forget(demoKeys);
        return new PersonSaved(person.Id, person.Version);
    }

    /// <summary>Adds a name form to a person; a form the person already has changes nothing.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="input">The name form.</param>
    /// <param name="expectedVersion">The version the caseworker saw, or null to add regardless.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The person's id and new version, or null when there is no such person.</returns>
    /// <exception cref="ValidationFailedException">No name is given, or the source is unknown.</exception>
    /// <exception cref="ConcurrencyConflictException">The person has changed since <paramref name="expectedVersion"/>.</exception>
    public async Task<PersonSaved?> AddNameAsync(Guid personId, NameInput input, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var person = await LoadAsync(context, personId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        CheckName(errors, input);
        await CheckExistsAsync(context.Sources, errors, "sourceId", input.SourceId, "source", cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();

        person.AddName(ToName(input));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PersonSaved(person.Id, person.Version);
    }

    /// <summary>
    /// Adds what a registration described to a person already registered, in one act: the name form
    /// as entered and, when given, the fate assertion. This is the caseworker's answer when the
    /// registry already has the person (see <see cref="PossibleDuplicatesException"/>).
    /// </summary>
    /// <param name="personId">The person already registered.</param>
    /// <param name="name">The name form as entered (a form the person already has is not added twice).</param>
    /// <param name="fate">The fate assertion as entered, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The person's id and new version, or null when there is no such person.</returns>
    /// <exception cref="ValidationFailedException">A field is missing or invalid (fate fields reported as <c>fate.asOf</c>, ...).</exception>
    /// <exception cref="DomainRuleException">The domain refuses the assertion; then neither is saved.</exception>
    public async Task<PersonSaved?> AddToExistingAsync(Guid personId, NameInput name, FateInput? fate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var context = database.CreateContext(actor.Name);
        var person = await LoadAsync(context, personId, null, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        CheckName(errors, name);
        await CheckExistsAsync(context.Sources, errors, "nameSourceId", name.SourceId, "source", cancellationToken).ConfigureAwait(false);
        var asOf = fate is null ? null : CheckFate(errors, fate, "fate.");
        if (fate is not null)
        {
            await CheckReferencesAsync(context, errors, fate, "fate.", cancellationToken).ConfigureAwait(false);
        }

        errors.ThrowIfAny();
        person.AddName(ToName(name));
        if (fate is not null)
        {
            person.AssertFate(ToAssertion(fate, asOf!));
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PersonSaved(person.Id, person.Version);
    }

    /// <summary>Appends a fate assertion to a person's history.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="input">The assertion and its evidence.</param>
    /// <param name="expectedVersion">The version the caseworker saw, or null to add regardless.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The person's id and new version, or null when there is no such person.</returns>
    /// <exception cref="ValidationFailedException">A required field is missing or invalid, or a source, incident or place is unknown.</exception>
    /// <exception cref="DomainRuleException">The domain refuses the assertion (before birth, in the future, impossible with a confirmed one).</exception>
    /// <exception cref="ConcurrencyConflictException">The person has changed since <paramref name="expectedVersion"/>.</exception>
    public async Task<PersonSaved?> AssertFateAsync(Guid personId, FateInput input, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var person = await LoadAsync(context, personId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var asOf = CheckFate(errors, input, string.Empty);
        await CheckReferencesAsync(context, errors, input, string.Empty, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();

        person.AssertFate(ToAssertion(input, asOf!));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PersonSaved(person.Id, person.Version);
    }

    /// <summary>Replaces a person's descriptive details.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="input">The new details, all of them.</param>
    /// <param name="expectedVersion">The version the details were read at; required, since the details are replaced as a whole.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The person's id and new version, or null when there is no such person.</returns>
    /// <exception cref="ValidationFailedException">A field is invalid or the birth place is unknown.</exception>
    /// <exception cref="DomainRuleException">The birth date would come after a recorded fate.</exception>
    /// <exception cref="ConcurrencyConflictException">The person has changed since <paramref name="expectedVersion"/>.</exception>
    public async Task<PersonSaved?> UpdateDetailsAsync(Guid personId, DetailsInput input, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var person = await LoadAsync(context, personId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var birthDate = CheckDetails(errors, input, FieldErrors.LatestToday(clock));
        var side = PartyReference.Resolve(errors, "side", input.Side, await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false));
        await CheckExistsAsync(context.Places, errors, "birthPlaceId", input.BirthPlaceId, "place", cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();

        person.UpdateDetails(ToDetails(input, birthDate, side));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PersonSaved(person.Id, person.Version);
    }

    internal static async Task<Person?> LoadAsync(WhereaboutsDbContext context, Guid personId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var person = await context.People.AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        if (person is not null && expectedVersion is { } expected && person.Version != expected)
        {
            // Checked here because an edit that changes nothing would never reach the database's
            // check; a change saved between this read and the save is caught there (Version is a
            // concurrency token).
            throw new ConcurrencyConflictException(
                $"This person was changed by someone else after you loaded it (you had version {expected}, it is now at {person.Version}); "
                + "nothing was saved. Reload the person and apply your change again.");
        }

        return person;
    }

    private static void CheckName(FieldErrors errors, NameInput name)
    {
        if (string.IsNullOrWhiteSpace(name.GivenName) && string.IsNullOrWhiteSpace(name.FamilyName))
        {
            errors.Add("familyName", "Enter a family name or a given name.");
        }

        foreach (var (field, value) in new[] { ("givenName", name.GivenName), ("familyName", name.FamilyName), ("patronymic", name.Patronymic) })
        {
            if (NameCharacters.FindRefused(value) is not null)
            {
                errors.Add(field, NameCharactersMessage);
            }
        }

        errors.MaxLength("givenName", name.GivenName, MaxNameLength);
        errors.MaxLength("familyName", name.FamilyName, MaxNameLength);
        errors.MaxLength("patronymic", name.Patronymic, MaxNameLength);
        errors.MaxLength("origin", name.Origin, MaxOriginLength);
    }

    private static PartialDate? CheckDetails(FieldErrors errors, DetailsInput details, DateOnly today)
    {
        if (!Enum.IsDefined(details.Sex))
        {
            errors.Add("sex", "Choose a sex from the list.");
        }

        if (!Enum.IsDefined(details.Role))
        {
            errors.Add("role", "Choose soldier, civilian or unknown.");
        }

        errors.MaxLength("force", details.Force, 200);
        errors.MaxLength("rank", details.Rank, 100);
        errors.MaxLength("unit", details.Unit, 200);
        errors.MaxLength("serviceNumber", details.ServiceNumber, 50);
        if (string.IsNullOrWhiteSpace(details.BirthDate))
        {
            return null;
        }

        if (PartialDate.TryParse(details.BirthDate, out var birthDate, out var problem))
        {
            if (birthDate.Earliest > today)
            {
                errors.Add("birthDate", "A birth date cannot be in the future.");
                return null;
            }

            return birthDate;
        }

        errors.Add("birthDate", problem);
        return null;
    }

    private static PartialDate? CheckFate(FieldErrors errors, FateInput fate, string prefix)
    {
        if (fate.Status is not { } status || !Enum.IsDefined(status))
        {
            errors.Add(prefix + "status", "Choose what the source says happened.");
        }

        PartialDate? asOf = null;
        if (string.IsNullOrWhiteSpace(fate.AsOf))
        {
            errors.Add(prefix + "asOf", "Enter the date this refers to, as precisely as known: 2020-12-14, 2020-12, 2020 or ~2020-12.");
        }
        else if (PartialDate.TryParse(fate.AsOf, out var parsed, out var problem))
        {
            asOf = parsed;
        }
        else
        {
            errors.Add(prefix + "asOf", problem);
        }

        if (fate.SourceId is null || fate.SourceId == Guid.Empty)
        {
            errors.Add(prefix + "sourceId", "Choose the source this rests on.");
        }

        if (string.IsNullOrWhiteSpace(fate.Quote) && string.IsNullOrWhiteSpace(fate.Locator))
        {
            errors.Add(prefix + "quote", "Quote the source, or give a locator saying where in it to look (\"row 17\", \"page 3\", \"00:41\").");
        }

        if (fate.Credibility is not { } credibility || !Enum.IsDefined(credibility))
        {
            errors.Add(prefix + "credibility", "Choose a credibility from 1 (confirmed) to 6 (cannot be judged).");
        }

        errors.MaxLength(prefix + "quote", fate.Quote, 4000);
        errors.MaxLength(prefix + "locator", fate.Locator, 500);
        errors.MaxLength(prefix + "note", fate.Note, 4000);
        return asOf;
    }

    private static async Task CheckReferencesAsync(WhereaboutsDbContext context, FieldErrors errors, FateInput fate, string prefix, CancellationToken cancellationToken)
    {
        await CheckExistsAsync(context.Sources, errors, prefix + "sourceId", fate.SourceId, "source", cancellationToken).ConfigureAwait(false);
        await CheckExistsAsync(context.Incidents, errors, prefix + "incidentId", fate.IncidentId, "incident", cancellationToken).ConfigureAwait(false);
        await CheckExistsAsync(context.Places, errors, prefix + "placeId", fate.PlaceId, "place", cancellationToken).ConfigureAwait(false);
    }

    internal static async Task CheckExistsAsync<T>(DbSet<T> set, FieldErrors errors, string field, Guid? id, string what, CancellationToken cancellationToken)
        where T : class
    {
        if (id is not { } value || value == Guid.Empty)
        {
            return;
        }

        if (!await set.AnyAsync(e => EF.Property<Guid>(e, "Id") == value, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(field, $"No {what} in the registry has the id {value}.");
        }
    }

    private static PersonName ToName(NameInput name) =>
        new(name.GivenName, name.FamilyName, name.Patronymic, name.Origin, name.SourceId);

    private static PersonDetails ToDetails(DetailsInput details, PartialDate? birthDate, string? side) => new(
        details.Sex,
        birthDate,
        details.BirthPlaceId == Guid.Empty ? null : details.BirthPlaceId,
        side,
        details.Role,
        details.Force,
        details.Rank,
        details.Unit,
        details.ServiceNumber);

    private FateAssertion ToAssertion(FateInput fate, PartialDate asOf) => new(
        Guid.Empty,
        fate.Status!.Value,
        asOf,
        new Evidence(fate.SourceId!.Value, fate.Quote, fate.Locator, fate.Credibility!.Value),
        actor.Name,
        clock.GetUtcNow(),
        fate.IncidentId == Guid.Empty ? null : fate.IncidentId,
        fate.PlaceId == Guid.Empty ? null : fate.PlaceId,
        fate.Note);
}
