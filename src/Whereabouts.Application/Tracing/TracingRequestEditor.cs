using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// The office's work on tracing requests: register one, correct what the family told, link it to
/// the registry person it is about or register that person from it, move its status, and answer
/// it. Every change is saved under the current actor's name, so the audit log says who made it.
/// </summary>
/// <remarks>
/// Input is checked field by field (a <see cref="ValidationFailedException"/> names the fields as
/// <see cref="TracingRequestInput"/> does); the domain's refusals are reported on the field they
/// concern. The contact is never part of a message: it goes straight to <see cref="TracingRequestIntake"/>.
/// </remarks>
public sealed class TracingRequestEditor(
    WhereaboutsDatabase database,
    TracingRequestIntake intake,
    FamilyNotifications notifications,
    ICurrentActor actor,
    TimeProvider clock,
    IApiKeyOwnerCache? owners = null)
{
    private const int NameLength = 200;

    // The domain's rules, by the field a form shows them on.
    private static readonly (string Prefix, string Field)[] FieldOfRule =
    [
        ("tracing.enquirer", "enquirerName"),
        ("tracing.relationship", "relationship"),
        ("tracing.sought", "soughtName"),
        ("tracing.language", "language"),
        ("tracing.share-with", "consent.shareWith"),
        ("tracing.circumstances", "circumstances"),
        ("tracing.received", "receivedOn"),
        ("tracing.contact", "contact"),
        ("tracing.transition", "status"),
        ("tracing.reason", "reason"),
    ];

    /// <summary>Registers a request taken by the office (or sent through the API), with its contact encrypted apart from it.</summary>
    /// <exception cref="ValidationFailedException">A field is wrong or the person is unknown; nothing was saved.</exception>
    public async Task<TracingRequestSaved> RegisterAsync(TracingRequestInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var (details, receivedOn) = await CheckAsync(input, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();
        try
        {
            var saved = await intake.SaveAsync(
                actor.Name,
                reference =>
                {
                    var request = new TracingRequest(Guid.Empty, reference, receivedOn!, TracingRequestChannel.Office, details!, actor.Name, clock.GetUtcNow());
                    if (input.PersonId is { } person && person != Guid.Empty)
                    {
                        request.LinkTo(person, null);
                    }

                    return request;
                },
                input.Contact,
                cancellationToken).ConfigureAwait(false);
            return new TracingRequestSaved(saved.Id, saved.Reference, saved.Version);
        }
        catch (DomainRuleException e)
        {
            throw AsFieldError(e);
        }
    }

    /// <summary>Corrects what the family told; the contact and the linked person are left as they are.</summary>
    /// <returns>The request as saved, or null when there is no such request.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The request changed since <paramref name="expectedVersion"/>.</exception>
    public async Task<TracingRequestSaved?> EditAsync(Guid id, int expectedVersion, TracingRequestInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var request = await context.TracingRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return null;
        }

        VersionCheck.Require("Tracing request", id, request.Version, expectedVersion);
        var errors = new FieldErrors();
        var (details, _) = await CheckAsync(input with { PersonId = request.PersonId, ReceivedOn = request.ReceivedOn.ToString() }, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();
        try
        {
            request.Edit(details!);
        }
        catch (DomainRuleException e)
        {
            throw AsFieldError(e);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new TracingRequestSaved(request.Id, request.Reference, request.Version);
    }

    /// <summary>Links the request to the registry person it is about.</summary>
    /// <returns>The request as saved, or null when there is no such request.</returns>
    /// <exception cref="ValidationFailedException">No person has <paramref name="personId"/>.</exception>
    public async Task<TracingRequestSaved?> LinkAsync(Guid id, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext(actor.Name);
        var request = await context.TracingRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return null;
        }

        if (personId == Guid.Empty || !await context.People.AnyAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false))
        {
            throw new ValidationFailedException("personId", $"No person in the registry has the id {personId}.");
        }

        request.LinkTo(personId, null);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new TracingRequestSaved(request.Id, request.Reference, request.Version);
    }

    /// <summary>
    /// Registers the sought person from the request, in one save: a source of kind family report
    /// titled by the request's reference with the family as its author, the person with the name
    /// as the caseworker split it and the fate "missing" as of the last sighting (or the day the
    /// family asked) resting on that source, and the request linked to both. Nothing is saved when
    /// any of it is refused.
    /// </summary>
    /// <returns>The request as saved, or null when there is no such request.</returns>
    /// <exception cref="ValidationFailedException">The name is missing or wrong, or the request is already linked.</exception>
    /// <exception cref="DomainRuleException">The domain refuses the person or the fate (a last sighting before the birth date).</exception>
    /// <exception cref="PossibleDuplicatesException">The registry has records likely to be this person and the input does not confirm a new one.</exception>
    public async Task<TracingRequestSaved?> RegisterPersonAsync(Guid id, SoughtPersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var request = await context.TracingRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (request.PersonId is not null)
        {
            errors.Add("personId", "This request is already linked to a registry person.");
        }

        if (string.IsNullOrWhiteSpace(input.GivenName) && string.IsNullOrWhiteSpace(input.FamilyName))
        {
            errors.Add("familyName", "Enter a family name or a given name.");
        }

        errors.MaxLength("givenName", input.GivenName, NameLength);
        errors.MaxLength("familyName", input.FamilyName, NameLength);
        errors.MaxLength("patronymic", input.Patronymic, NameLength);
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var source = new Source(Guid.Empty, new SourceDetails(
            SourceKind.FamilyReport,
            $"Tracing request {request.Reference}",
            Author: $"{request.Relationship}, {request.EnquirerName}",
            PublishedOn: request.ReceivedOn,
            RetrievedAt: now,
            Notes: "Registered from the tracing request; the family's words are on the request."));
        var person = new Person(
            Guid.Empty,
            new PersonName(input.GivenName, input.FamilyName, input.Patronymic, $"tracing request {request.Reference}", source.Id),
            new PersonDetails(BirthDate: request.SoughtBirthDate));
        person.AssertFate(new FateAssertion(
            Guid.Empty,
            FateStatus.Missing,
            request.LastSeenOn ?? request.ReceivedOn,
            new Evidence(source.Id, request.LastSeenPlace is { } place ? $"Last seen: {place}" : null, request.Reference, Credibility.ProbablyTrue),
            actor.Name,
            now));

        var candidates = await DuplicateCheck.FindAsync(context, person.PrimaryName, person.BirthDate, person.BirthPlaceId, cancellationToken).ConfigureAwait(false);
        if (candidates.Count > 0 && !input.ConfirmedNew)
        {
            throw new PossibleDuplicatesException(candidates);
        }

        context.Sources.Add(source);
        context.People.Add(person);
        DuplicateCheck.RecordDifferent(context, person.Id, candidates, actor.Name, now);
        request.LinkTo(person.Id, source.Id);

        // A registered person is real: the demo administrator goes in the same save (docs/adr/0023).
        var demoKeys = await DemoGuard.RetireDemoAdministratorAsync(context, now, cancellationToken).ConfigureAwait(false);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        owners?.Forget(demoKeys);
        return new TracingRequestSaved(request.Id, request.Reference, request.Version);
    }

    /// <summary>Moves the request to another status (closing and reopening need a reason).</summary>
    /// <returns>The request as saved, or null when there is no such request.</returns>
    /// <exception cref="ValidationFailedException">An unknown status, a move the rules refuse, or no reason where one is needed.</exception>
    public async Task<TracingRequestSaved?> MoveAsync(Guid id, string? status, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(status))
        {
            errors.Add("status", "Choose the status to move the request to.");
        }

        var to = errors.Choice("status", status, TracingRequestStatus.Open);
        var why = errors.Text("reason", reason, TracingRequestStep.ReasonLength);
        errors.ThrowIfAny();
        await using var context = database.CreateContext(actor.Name);
        var request = await context.TracingRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return null;
        }

        try
        {
            request.MoveTo(to, actor.Name, clock.GetUtcNow(), why);
        }
        catch (DomainRuleException e)
        {
            throw AsFieldError(e);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new TracingRequestSaved(request.Id, request.Reference, request.Version);
    }

    /// <summary>
    /// Answers the request: records what the family was told as a family notification naming the
    /// request, about the linked person, and moves the request to answered, in one save.
    /// </summary>
    /// <returns>The notification, or null when there is no such request.</returns>
    /// <exception cref="ValidationFailedException">The request is linked to no person, is closed, or a field of the notification is wrong.</exception>
    public async Task<NotificationView?> AnswerAsync(Guid id, NotificationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext();
        var personId = await context.TracingRequests.AsNoTracking().IgnoreAutoIncludes().Where(r => r.Id == id)
            .Select(r => new { r.PersonId }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (personId is null)
        {
            return null;
        }

        if (personId.PersonId is not { } person)
        {
            throw new ValidationFailedException("personId", "Link the request to a registry person before answering it.");
        }

        return await notifications.RecordAsync(person, input with { TracingRequestId = id }, cancellationToken).ConfigureAwait(false);
    }

    private static ValidationFailedException AsFieldError(DomainRuleException e)
    {
        var field = FieldOfRule.FirstOrDefault(r => e.Rule.StartsWith(r.Prefix, StringComparison.Ordinal)).Field ?? "request";
        return new ValidationFailedException(field, e.Message);
    }

    private async Task<(TracingRequestDetails? Details, PartialDate? ReceivedOn)> CheckAsync(
        TracingRequestInput input, FieldErrors errors, CancellationToken cancellationToken)
    {
        var today = FieldErrors.LatestToday(clock);
        var enquirer = errors.Text("enquirerName", input.EnquirerName, TracingRequest.ShortTextLength, "Enter the name of the person asking.");
        var relationship = errors.Text("relationship", input.Relationship, TracingRequest.ShortTextLength, "Say how the person asking is related to the person sought (mother, brother, wife).");
        var language = errors.Text("language", input.Language, 10);
        var place = errors.Text("lastSeenPlace", input.LastSeenPlace, TracingRequest.ShortTextLength);
        var with = errors.Text("lastSeenWith", input.LastSeenWith, TracingRequest.ShortTextLength);
        var circumstances = errors.Text("circumstances", input.Circumstances, TracingRequest.LongTextLength);
        var birth = errors.Date("soughtBirthDate", input.SoughtBirthDate, today);
        var lastSeen = errors.Date("lastSeenOn", input.LastSeenOn, today);
        var receivedOn = string.IsNullOrWhiteSpace(input.ReceivedOn)
            ? PartialDate.OfDay(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            : errors.Date("receivedOn", input.ReceivedOn, today);
        if (TracingRequestIntake.CleanContact(input.Contact) is { Length: > TracingRequestIntake.ContactLength })
        {
            errors.Add("contact", $"The contact may be at most {TracingRequestIntake.ContactLength} characters.");
        }

        var sought = errors.Text("soughtName", input.SoughtName, TracingRequest.ShortTextLength)
            ?? string.Join(' ', new[] { input.SoughtGivenName, input.SoughtPatronymic, input.SoughtFamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        if (input.PersonId is { } personId && personId != Guid.Empty)
        {
            await using var context = database.CreateContext();
            var name = await context.PersonIndex.AsNoTracking().Where(e => e.PersonId == personId).Select(e => e.DisplayName)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (name is null && !await context.People.AnyAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false))
            {
                errors.Add("personId", $"No person in the registry has the id {personId}.");
            }

            sought = sought.Length > 0 ? sought : name ?? string.Empty;
        }

        if (sought.Length == 0)
        {
            errors.Add("soughtName", "Enter the name of the person sought, as the family gave it.");
        }
        else if (sought.Length > TracingRequest.ShortTextLength)
        {
            errors.Add("soughtName", $"Keep it to {TracingRequest.ShortTextLength} characters.");
        }

        var consent = input.Consent ?? new TracingConsentInput();
        var details = enquirer is null || relationship is null || sought.Length == 0
            ? null
            : new TracingRequestDetails(
                enquirer, relationship, language, [.. consent.ShareWith ?? []], consent.ContactMayBeShared, sought, birth, place, lastSeen, with, circumstances);
        return (details, receivedOn);
    }
}
