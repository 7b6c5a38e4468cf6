using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Identities;

/// <summary>
/// Judgements that two registry records are one person, are not, or cannot be told; and undoing
/// them. Records judged the same form one identity: neither is deleted or rewritten, each keeps its
/// own names and fate assertions, and every count and list shows the identity once. Each judgement
/// is saved under the judge's name and appended to the pair's history and the audit log.
/// </summary>
/// <remarks>
/// Joining records whose recorded sides differ, or whose service numbers differ, is refused
/// (rule <c>identity.confirmation-required</c>, naming what differs) unless the judge confirms it
/// with a note: that is how two namesakes of different armies would wrongly become one man.
/// </remarks>
public sealed class SamePersonJudgements(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    private const int MaxNoteLength = 2000;

    /// <summary>Judges two records, creating their pair if nobody has judged or proposed it yet.</summary>
    /// <param name="personId">The record judged from (its dossier).</param>
    /// <param name="otherId">The other record.</param>
    /// <param name="decision">Same, not the same, or unsure.</param>
    /// <param name="note">Why; required with <paramref name="confirmed"/>.</param>
    /// <param name="confirmed">That the judge saw what sets the records apart and joins them anyway.</param>
    /// <param name="origin">How the pair came about, when it is new.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The judgement, or null when <paramref name="personId"/> is not in the registry.</returns>
    /// <exception cref="ValidationFailedException">The other record is missing or unknown (field <c>otherId</c>), or the note is too long.</exception>
    /// <exception cref="DomainRuleException">The judgement is refused: already so, a record with itself, or a confirmation is needed.</exception>
    public async Task<PairJudged?> JudgeAsync(
        Guid personId, Guid otherId, MatchDecision decision, string? note, bool confirmed, PairOrigin origin = PairOrigin.Caseworker, CancellationToken cancellationToken = default)
    {
        CheckNote(note);
        await using var context = database.CreateContext(actor.Name);
        if (!await context.People.AnyAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (otherId == Guid.Empty)
        {
            throw new ValidationFailedException("otherId", "Choose the other record: find it by name or paste its id.");
        }

        if (otherId == personId)
        {
            throw new ValidationFailedException("otherId", "That is this record itself; choose the other record of the person.");
        }

        if (!await context.People.AnyAsync(p => p.Id == otherId, cancellationToken).ConfigureAwait(false))
        {
            throw new ValidationFailedException("otherId", $"No person in the registry has the id {otherId}.");
        }

        var (first, second) = PersonPair.Order(personId, otherId);
        var pair = await context.PersonPairs.FirstOrDefaultAsync(p => p.FirstPersonId == first && p.SecondPersonId == second, cancellationToken).ConfigureAwait(false);
        if (pair is null)
        {
            pair = new PersonPair(Guid.Empty, personId, otherId, origin);
            context.PersonPairs.Add(pair);
        }

        return await JudgeAndSaveAsync(context, pair, personId, decision, note, confirmed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Judges a pair already proposed (from the review queue).</summary>
    /// <param name="pairId">The pair.</param>
    /// <param name="expectedVersion">The version the reviewer saw, or null to judge regardless.</param>
    /// <param name="decision">Same, not the same, or unsure.</param>
    /// <param name="note">Why; required with <paramref name="confirmed"/>.</param>
    /// <param name="confirmed">That the judge saw what sets the records apart and joins them anyway.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The judgement, or null when there is no such pair.</returns>
    /// <exception cref="ConcurrencyConflictException">Someone judged the pair after <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="DomainRuleException">The judgement is refused.</exception>
    public async Task<PairJudged?> JudgePairAsync(
        Guid pairId, int? expectedVersion, MatchDecision decision, string? note, bool confirmed, CancellationToken cancellationToken = default)
    {
        CheckNote(note);
        await using var context = database.CreateContext(actor.Name);
        var pair = await LoadAsync(context, pairId, expectedVersion, cancellationToken).ConfigureAwait(false);
        return pair is null
            ? null
            : await JudgeAndSaveAsync(context, pair, pair.FirstPersonId, decision, note, confirmed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Undoes a standing judgement on a record: the records go back to what they were before it.</summary>
    /// <param name="personId">One record of the pair.</param>
    /// <param name="judgementId">The standing judgement to undo.</param>
    /// <param name="note">Why.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The undo, or null when the record or the judgement is unknown.</returns>
    /// <exception cref="DomainRuleException">The judgement no longer stands.</exception>
    public async Task<PairJudged?> UndoAsync(Guid personId, Guid judgementId, string? note, CancellationToken cancellationToken = default)
    {
        CheckNote(note);
        await using var context = database.CreateContext(actor.Name);
        var pairs = await context.PersonPairs
            .Where(p => p.FirstPersonId == personId || p.SecondPersonId == personId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pair = pairs.FirstOrDefault(p => p.Judgements.Any(j => j.Id == judgementId));
        if (pair is null)
        {
            return null;
        }

        pair.Undo(judgementId, actor.Name, clock.GetUtcNow(), note);
        await IdentityMembership.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
        await SaveAsync(context, cancellationToken).ConfigureAwait(false);
        return new PairJudged(pair.Id, pair.Judgements[^1].Id, pair.Decision, await IdentityOfAsync(context, personId, cancellationToken).ConfigureAwait(false), pair.Version);
    }

    /// <summary>What sets two records apart so that joining them needs a confirmation, in words; empty when nothing does.</summary>
    public static IReadOnlyList<string> Differences(Person person, Person other)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(other);
        var differences = new List<string>();
        if (SidesDiffer(person.Details, other.Details))
        {
            differences.Add($"the records are of different sides ({person.Side} and {other.Side})");
        }

        if (ServiceNumbersDiffer(person.Details, other.Details))
        {
            differences.Add($"the records have different service numbers ({person.ServiceNumber} and {other.ServiceNumber})");
        }

        return differences;
    }

    /// <summary>Whether both records name a side and the sides differ (joining them needs a confirmation).</summary>
    public static bool SidesDiffer(PersonDetails person, PersonDetails other)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(other);
        return person.Side is { } side && other.Side is { } otherSide && !string.Equals(side, otherSide, StringComparison.Ordinal);
    }

    /// <summary>Whether both records give a service number and they differ beyond spacing, punctuation and case (joining them needs a confirmation).</summary>
    public static bool ServiceNumbersDiffer(PersonDetails person, PersonDetails other)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(other);
        return Normalize(person.ServiceNumber) is { } number && Normalize(other.ServiceNumber) is { } otherNumber
            && !string.Equals(number, otherNumber, StringComparison.Ordinal);
    }

    private async Task<PairJudged> JudgeAndSaveAsync(
        WhereaboutsDbContext context, PersonPair pair, Guid judgedFrom, MatchDecision decision, string? note, bool confirmed, CancellationToken cancellationToken)
    {
        if (decision == MatchDecision.Same)
        {
            var ids = new[] { pair.FirstPersonId, pair.SecondPersonId };
            var people = await context.People.AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var differences = Differences(people[0], people[1]);
            if (differences.Count > 0 && !confirmed)
            {
                throw new DomainRuleException(
                    "identity.confirmation-required",
                    $"These records are not joined: {string.Join("; ", differences)}. If they are one person all the same, confirm it and say why in a note.");
            }
        }

        var judgement = pair.Judge(decision, actor.Name, clock.GetUtcNow(), note, confirmed);
        await IdentityMembership.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
        await SaveAsync(context, cancellationToken).ConfigureAwait(false);
        return new PairJudged(pair.Id, judgement.Id, pair.Decision, await IdentityOfAsync(context, judgedFrom, cancellationToken).ConfigureAwait(false), pair.Version);
    }

    private static async Task SaveAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The pair's unique index: someone judged the same two records at the same moment.
            throw new ConcurrencyConflictException(
                "Someone judged these two records at the same moment; nothing was saved. Reload to see their judgement.", e);
        }
    }

    private static async Task<Guid> IdentityOfAsync(WhereaboutsDbContext context, Guid personId, CancellationToken cancellationToken) =>
        context.ChangeTracker.Entries<Person>().FirstOrDefault(e => e.Entity.Id == personId)?.Entity.IdentityId
        ?? await context.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.IdentityId).SingleAsync(cancellationToken).ConfigureAwait(false);

    private static async Task<PersonPair?> LoadAsync(WhereaboutsDbContext context, Guid pairId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var pair = await context.PersonPairs.FirstOrDefaultAsync(p => p.Id == pairId, cancellationToken).ConfigureAwait(false);
        if (pair is not null && expectedVersion is { } expected && pair.Version != expected)
        {
            throw new ConcurrencyConflictException(
                $"Someone judged these records after you loaded them (you had version {expected}, it is now at {pair.Version}); nothing was saved. Reload and judge again.");
        }

        return pair;
    }

    private static string? Normalize(string? serviceNumber)
    {
        if (string.IsNullOrWhiteSpace(serviceNumber))
        {
            return null;
        }

        var kept = serviceNumber.Where(char.IsLetterOrDigit).ToArray();
        return kept.Length == 0 ? null : new string(kept).ToUpperInvariant();
    }

    private static void CheckNote(string? note)
    {
        if (note is { Length: > MaxNoteLength })
        {
            throw new ValidationFailedException("note", "The note is longer than 2,000 characters.");
        }
    }
}
