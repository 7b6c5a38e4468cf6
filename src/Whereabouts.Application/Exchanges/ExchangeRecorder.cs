using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Exchanges;

/// <summary>
/// Records an exchange and moves each person in it on in their fate history, in one save: released,
/// repatriated (received by their own side) or remains recovered, dated the exchange's date, with
/// the exchange's source as evidence. Every change is attributed to the current actor.
/// </summary>
public sealed class ExchangeRecorder(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Records an exchange.</summary>
    /// <returns>The saved exchange as its page shows it.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong, a person is unknown or listed twice,
    /// a person was not held on the exchange's date (unless <see cref="ExchangeInput.AllowNotHeld"/>), or
    /// a person's history cannot take the new fate; every message names the field and the person. Nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed one of the people at the same time; nothing was saved.</exception>
    public async Task<ExchangeDossier> RecordAsync(ExchangeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var errors = new FieldErrors();
        var today = FieldErrors.LatestToday(clock);
        var date = errors.Date("date", input.Date, today, "Enter the date of the exchange (2020-12-14).");
        var (terms, termsText, route, parties, mediators, notes) = Describe(
            errors, new ExchangeRevision(input.Terms, input.TermsText, input.Route, input.Parties, input.Mediators, input.Notes));
        var credibility = errors.Choice("credibility", input.Credibility, Credibility.ProbablyTrue);
        var sourceIds = await SourcesAsync(context, input.SourceIds, errors, cancellationToken).ConfigureAwait(false);
        await CheckExistsAsync(context.Places, input.PlaceId, "placeId", "place", errors, cancellationToken).ConfigureAwait(false);
        await CheckExistsAsync(context.Incidents, input.IncidentId, "incidentId", "incident", errors, cancellationToken).ConfigureAwait(false);
        var (transfers, people) = await TransfersAsync(context, input.Transfers ?? [], sourceIds, errors, cancellationToken).ConfigureAwait(false);
        if (date is not null && !input.AllowNotHeld)
        {
            RefuseNotHeld(transfers, people, date, errors);
        }

        errors.ThrowIfAny();

        var details = new ExchangeDetails(date!, terms!.Value, termsText, input.PlaceId, route, parties, mediators, input.IncidentId, notes);
        var exchange = new Exchange(Guid.NewGuid(), details, sourceIds, transfers.Select(t => t.Transfer), actor.Name, clock.GetUtcNow());
        foreach (var (transfer, index) in transfers)
        {
            var person = people[transfer.PersonId];
            try
            {
                person.AssertFate(exchange.AssertionFor(person, Guid.NewGuid(), credibility));
            }
            catch (DomainRuleException e)
            {
                errors.Add(Field(index, "personId"), $"{Name(person)}: {e.Sentence}");
            }
        }

        errors.ThrowIfAny();
        context.Exchanges.Add(exchange);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await ExchangeReader.DossierAsync(context, exchange.Id, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Replaces the descriptive details of an exchange, provided nobody saved it since <paramref name="expectedVersion"/>.</summary>
    /// <returns>The saved exchange, or null when no exchange has <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The exchange has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<ExchangeDossier?> ReviseAsync(Guid id, int expectedVersion, ExchangeRevision revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var errors = new FieldErrors();
        var (terms, termsText, route, parties, mediators, notes) = Describe(errors, revision);
        errors.ThrowIfAny();

        await using var context = database.CreateContext(actor.Name);
        var exchange = await context.Exchanges.FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (exchange is null)
        {
            return null;
        }

        VersionCheck.Require("Exchange", id, exchange.Version, expectedVersion);
        exchange.Revise(exchange.Details with
        {
            Terms = terms!.Value,
            TermsText = termsText,
            Route = route,
            Parties = parties,
            Mediators = mediators,
            Notes = notes,
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await ExchangeReader.DossierAsync(context, id, cancellationToken).ConfigureAwait(false);
    }

    // The descriptive fields, checked alike when an exchange is recorded and when it is corrected.
    private static (ExchangeTerms? Terms, string? TermsText, string? Route, List<string> Parties, List<string> Mediators, string? Notes) Describe(
        FieldErrors errors, ExchangeRevision description)
    {
        var terms = RequiredChoice<ExchangeTerms>(errors, "terms", description.Terms, "Choose the terms of the exchange.");
        var termsText = errors.Text("termsText", description.TermsText, Exchange.TextLength);
        if (terms == ExchangeTerms.Other && termsText is null)
        {
            errors.Add("termsText", "Say in words what was traded when the terms are 'other'.");
        }

        return (
            terms,
            termsText,
            errors.Text("route", description.Route, Exchange.TextLength),
            Names(errors, "parties", description.Parties),
            Names(errors, "mediators", description.Mediators),
            errors.Text("notes", description.Notes, Exchange.TextLength));
    }

    // A person's fate on the day of the exchange must be captivity for the exchange to release them;
    // anything else (missing, free, dead, or nothing recorded) is a likely wrong pick, unless the
    // caller says the exchange itself is the news. Remains are handed over for the dead, so they are not checked.
    private static void RefuseNotHeld(List<(ExchangeTransfer Transfer, int Index)> transfers, Dictionary<Guid, Person> people, PartialDate date, FieldErrors errors)
    {
        foreach (var (transfer, index) in transfers.Where(t => t.Transfer.Kind == TransferKind.Person))
        {
            var person = people[transfer.PersonId];
            var status = person.FateOn(date.StatedStart).Status;
            if (status is { } held && FateTransitions.GroupOf(held) == FateGroup.Captivity)
            {
                continue;
            }

            var was = status is null ? Sentence.Of("no fate was recorded") : Sentence.Of($"the recorded fate was {status}");
            errors.Add(
                Field(index, "personId"),
                $"{Name(person)} was not held on {date}: {was}. Check that this is the right person, or record the exchange allowing people who were not known to be held.");
        }
    }

    private static async Task<(List<(ExchangeTransfer Transfer, int Index)> Transfers, Dictionary<Guid, Person> People)> TransfersAsync(
        WhereaboutsDbContext context, IReadOnlyList<TransferInput> inputs, List<Guid> sourceIds, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (inputs.Count == 0)
        {
            errors.Add("transfers", "Name at least one person who went one way or the other.");
        }

        var wanted = inputs.Where(t => t?.PersonId is { } id && id != Guid.Empty).Select(t => t.PersonId!.Value).Distinct().ToList();
        var people = wanted.Count == 0
            ? []
            : await context.People.Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var parties = await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false);
        var transfers = new List<(ExchangeTransfer, int)>();
        var seen = new HashSet<Guid>();
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
            if (input?.PersonId is not { } personId || personId == Guid.Empty)
            {
                errors.Add(Field(index, "personId"), "Name the person (their id in the registry).");
                continue;
            }

            if (!people.TryGetValue(personId, out var person))
            {
                errors.Add(Field(index, "personId"), $"No person in the registry has the id {personId}.");
                continue;
            }

            if (!seen.Add(personId))
            {
                errors.Add(Field(index, "personId"), $"{Name(person)} is listed more than once; each person goes one way once.");
                continue;
            }

            var receivedBy = PartyReference.Required(errors, Field(index, "receivedBy"), input.ReceivedBy, parties, $"Say which party received {Name(person)}.");
            var handedOverBy = HandedOverBy(errors, Field(index, "handedOverBy"), input.HandedOverBy, receivedBy, parties, person);
            if (receivedBy is null || handedOverBy is null)
            {
                continue;
            }

            var kind = errors.Choice(Field(index, "kind"), input.Kind, TransferKind.Person);
            if (input.SourceId is { } source && !sourceIds.Contains(source))
            {
                errors.Add(Field(index, "sourceId"), $"Source {source} is not among the exchange's sources.");
                continue;
            }

            transfers.Add((new ExchangeTransfer(personId, handedOverBy, receivedBy, kind, input.SourceId), index));
        }

        return (transfers, people);
    }

    // The party that handed a person over: as given, or, when the registry has exactly two parties
    // and it is left out, the one that did not receive them (as exchanges were recorded before
    // parties were data). It must differ from the receiving party.
    private static string? HandedOverBy(FieldErrors errors, string field, string? given, string? receivedBy, PartyList parties, Person person)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            if (receivedBy is not null && parties.Count == 2)
            {
                return parties.Single(p => !string.Equals(p.Slug, receivedBy, StringComparison.Ordinal)).Slug;
            }

            errors.Add(field, $"Say which party handed over {Name(person)}. Use one of: {parties.Slugs}.");
            return null;
        }

        var from = PartyReference.Resolve(errors, field, given, parties);
        if (from is not null && string.Equals(from, receivedBy, StringComparison.Ordinal))
        {
            errors.Add(field, $"{Name(person)} is handed over by and to {from}: an exchange moves people from one party to another.");
            return null;
        }

        return from;
    }

    private static async Task<List<Guid>> SourcesAsync(WhereaboutsDbContext context, IReadOnlyList<Guid>? sourceIds, FieldErrors errors, CancellationToken cancellationToken)
    {
        var wanted = (sourceIds ?? []).Where(s => s != Guid.Empty).Distinct().ToList();
        if (wanted.Count == 0)
        {
            errors.Add("sourceIds", "Name at least one source that reports the exchange.");
            return wanted;
        }

        var known = await context.Sources.AsNoTracking().Where(s => wanted.Contains(s.Id)).Select(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var unknown in wanted.Except(known))
        {
            errors.Add("sourceIds", $"No source has the id {unknown}.");
        }

        return wanted;
    }

    private static async Task CheckExistsAsync<T>(DbSet<T> table, Guid? id, string field, string what, FieldErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        if (id is { } wanted && wanted != Guid.Empty
            && !await table.AnyAsync(e => EF.Property<Guid>(e, "Id") == wanted, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(field, $"No {what} has the id {wanted}.");
        }
    }

    private static List<string> Names(FieldErrors errors, string field, IReadOnlyList<string>? values)
    {
        var names = new List<string>();
        foreach (var value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(field, "A name in this list is blank.");
            }
            else if (errors.Text(field, value, 200) is { } text && !names.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(text);
            }
        }

        return names;
    }

    private static TEnum? RequiredChoice<TEnum>(FieldErrors errors, string field, string? text, string requiredMessage)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, requiredMessage);
            return null;
        }

        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add(field, $"'{text.Trim()}' is not one of {EnumChoices.Of<TEnum>()}.");
            return null;
        }

        return Enum.Parse<TEnum>(name);
    }

    private static string Field(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"transfers[{index}].{name}");

    private static string Name(Person person) => $"{person.PrimaryName.FullName} ({person.Id})";
}
