using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Lists;

/// <summary>
/// A reviewer's judgements on the review queue: this row is the person, is not, or cannot be told;
/// undoing a judgement; registering a row nobody matched as a new person. Each is saved under the
/// reviewer's name, appended to the match's judgements and to the audit log.
/// </summary>
/// <remarks>
/// A row is one person: linking it to a second person while it is linked to a first is refused
/// (that would say the two are the same, and people are only merged by a human, on the people
/// themselves). When a link is made, what the list says about the fate is recorded on the person;
/// when it is undone, that assertion is retracted, so the fate history shows both.
/// </remarks>
public sealed class MatchJudgements(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock, IApiKeyOwnerCache? owners = null)
{
    /// <summary>Records a decision on a match.</summary>
    /// <param name="matchId">The match.</param>
    /// <param name="expectedVersion">The version the reviewer saw, or null to judge regardless.</param>
    /// <param name="decision">Same, not the same, or unsure.</param>
    /// <param name="note">Why (optional).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The match's new version, or null when there is no such match.</returns>
    /// <exception cref="ConcurrencyConflictException">Someone judged the match after <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="DomainRuleException">The judgement is refused (already so, or the row is linked to someone else).</exception>
    public async Task<int?> JudgeAsync(Guid matchId, int? expectedVersion, MatchDecision decision, string? note, CancellationToken cancellationToken = default)
    {
        CheckNote(note);
        await using var context = database.CreateContext(actor.Name);
        var match = await LoadAsync(context, matchId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (match is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        Guid? assertionId = null;
        if (decision == MatchDecision.Same)
        {
            var other = await context.ListMatches.AsNoTracking()
                .Where(m => m.EntryId == match.EntryId && m.Id != match.Id && m.Decision == MatchDecision.Same)
                .Select(m => m.PersonId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (other != Guid.Empty)
            {
                throw new DomainRuleException(
                    "match.entry-already-linked",
                    $"This list row is already linked to person {other}. A row is one person: undo that link first.");
            }

            var entry = await context.ListEntries.AsNoTracking().SingleAsync(e => e.Id == match.EntryId, cancellationToken).ConfigureAwait(false);
            var person = await context.People.AsSplitQuery().SingleAsync(p => p.Id == match.PersonId, cancellationToken).ConfigureAwait(false);
            assertionId = EntryFates.Record(person, entry, actor.Name, now)?.Id;
        }

        match.Judge(decision, actor.Name, now, note, assertionId);
        await SaveLinkAsync(context, cancellationToken).ConfigureAwait(false);
        return match.Version;
    }

    /// <summary>Undoes the judgement a match's decision rests on; a fate recorded because of it is retracted.</summary>
    /// <returns>The match's new version, or null when there is no such match.</returns>
    /// <exception cref="ConcurrencyConflictException">Someone judged the match after <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="DomainRuleException">Nothing is left to undo, or the person was registered from the row.</exception>
    public async Task<int?> UndoAsync(Guid matchId, int? expectedVersion, string? note, CancellationToken cancellationToken = default)
    {
        CheckNote(note);
        await using var context = database.CreateContext(actor.Name);
        var match = await LoadAsync(context, matchId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (match is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var undone = match.Undo(actor.Name, now, note);
        if (undone.AssertionId is { } assertionId)
        {
            var entry = await context.ListEntries.AsNoTracking().SingleAsync(e => e.Id == match.EntryId, cancellationToken).ConfigureAwait(false);
            var person = await context.People.AsSplitQuery().SingleAsync(p => p.Id == match.PersonId, cancellationToken).ConfigureAwait(false);
            EntryFates.Withdraw(person, entry, assertionId, actor.Name, now, note);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return match.Version;
    }

    /// <summary>
    /// Registers a list row as a new person when a reviewer has found that none of its candidates
    /// is the person; the new person carries the row's name, date of birth and fate.
    /// </summary>
    /// <returns>The new person's id, or null when there is no such row.</returns>
    /// <exception cref="ValidationFailedException">The side is not blank and not one of the registry's parties (field "side").</exception>
    /// <exception cref="DomainRuleException">The row is linked to a person, or still has candidates nobody has judged.</exception>
    public async Task<Guid?> RegisterAsync(Guid entryId, string? side, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext(actor.Name);
        var errors = new FieldErrors();
        var party = PartyReference.Resolve(errors, "side", side, await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false));
        errors.ThrowIfAny();
        var entry = await context.ListEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return null;
        }

        var decisions = await context.ListMatches.AsNoTracking().Where(m => m.EntryId == entryId).Select(m => m.Decision).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (decisions.Contains(MatchDecision.Same))
        {
            throw new DomainRuleException("match.entry-already-linked", "This list row is already linked to a person; undo that link before registering it as someone new.");
        }

        if (decisions.Any(d => d is MatchDecision.Pending or MatchDecision.Unsure))
        {
            throw new DomainRuleException("match.candidates-open", "Judge every candidate of this row as not the same person before registering it as someone new.");
        }

        var person = EntryPeople.Register(entry, party);
        var now = clock.GetUtcNow();
        var assertion = EntryFates.Record(person, entry, actor.Name, now);
        context.People.Add(person);
        var match = new ListMatch(Guid.Empty, entry.Id, person.Id, MatchOrigin.NewPerson, 1, 0, null);
        match.Judge(MatchDecision.Same, actor.Name, now, "no candidate was the person; registered as a new person", assertion?.Id);
        context.ListMatches.Add(match);
        var demoKeys = person.IsInvented ? [] : await DemoGuard.RetireDemoAdministratorAsync(context, now, cancellationToken).ConfigureAwait(false);
        await SaveLinkAsync(context, cancellationToken).ConfigureAwait(false);
        owners?.Forget(demoKeys);
        return person.Id;
    }

    // The database keeps one "same" match per row; a second reviewer who links the same row at
    // the same moment meets that rule here, after the checks above passed for both.
    private static async Task SaveLinkAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            var linked = await LinkedElsewhereAsync(context, cancellationToken).ConfigureAwait(false);
            if (!linked)
            {
                throw;
            }

            throw new ConcurrencyConflictException(
                "Someone linked this list row to a person at the same moment; nothing was saved. Reload the row to see their judgement.", e);
        }
    }

    private static async Task<bool> LinkedElsewhereAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var entries = context.ChangeTracker.Entries<ListMatch>().Select(e => e.Entity.EntryId).Distinct().ToList();
        context.ChangeTracker.Clear();
        return await context.ListMatches.AsNoTracking()
            .AnyAsync(m => entries.Contains(m.EntryId) && m.Decision == MatchDecision.Same, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckNote(string? note)
    {
        if (note is { Length: > 2000 })
        {
            throw new ValidationFailedException("note", "The note is longer than 2,000 characters.");
        }
    }

    private static async Task<ListMatch?> LoadAsync(WhereaboutsDbContext context, Guid matchId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var match = await context.ListMatches.FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken).ConfigureAwait(false);
        if (match is not null && expectedVersion is { } expected && match.Version != expected)
        {
            throw new ConcurrencyConflictException(
                $"Someone judged this match after you loaded it (you had version {expected}, it is now at {match.Version}); nothing was saved. Reload it and judge again.");
        }

        return match;
    }
}
