using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Verification;

/// <summary>
/// Records the steps of checking a source or a file (unverified → under review → verified,
/// disputed or shown false; a decision reopened by a new review) and reads the histories. Steps
/// are never edited: a wrong decision is corrected by reviewing again.
/// </summary>
/// <remarks>
/// Two reviewers deciding the same item at once cannot both succeed: the current state is read
/// again under the save's lock, and a step that no longer follows it (or that was decided on a
/// state the item has left, when the reviewer says which state they saw) is refused.
/// </remarks>
public sealed class EvidenceVerification(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["verification.state"] = "state",
        ["verification.transition"] = "state",
        ["verification.method"] = "methods",
        ["verification.method-required"] = "methods",
        ["verification.note-required"] = "note",
        ["verification.note-length"] = "note",
    };

    /// <summary>The history of <paramref name="subject"/>, or null when there is no such source or file.</summary>
    public async Task<VerificationHistory?> HistoryAsync(VerificationSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var context = database.CreateContext();
        return await ExistsAsync(context, subject, cancellationToken).ConfigureAwait(false)
            ? VerificationHistory.Of(subject, await StepsAsync(context, subject, cancellationToken).ConfigureAwait(false))
            : null;
    }

    /// <summary>Records a step about <paramref name="subject"/> in the actor's name, now.</summary>
    /// <returns>The history with the new step, or null when there is no such source or file.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong (no state, an unknown method, a decision without a method or a note, a step that cannot follow the current state); nothing was saved.</exception>
    /// <exception cref="VerificationConflictException">Someone recorded a step since the reviewer saw <see cref="VerificationInput.ExpectedState"/>; nothing was saved.</exception>
    public async Task<VerificationHistory?> RecordAsync(VerificationSubject subject, VerificationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        VerificationState? state = null;
        if (string.IsNullOrWhiteSpace(input.State))
        {
            errors.Add("state", $"Choose the state the item moves to: one of {string.Join(", ", Enum.GetNames<VerificationState>())}.");
        }
        else
        {
            state = errors.Choice("state", input.State, VerificationState.Unverified);
        }

        var expected = string.IsNullOrWhiteSpace(input.ExpectedState) ? (VerificationState?)null : errors.Choice("expectedState", input.ExpectedState, VerificationState.Unverified);
        var methods = VerificationMethods.None;
        var unknownMethod = false;
        foreach (var name in input.Methods ?? [])
        {
            var method = VerificationNames.Methods.FirstOrDefault(m => string.Equals(m.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (method == VerificationMethods.None)
            {
                unknownMethod = true;
                errors.Add("methods", $"'{name}' is not a method of verification: use {string.Join(", ", VerificationNames.Methods)}.");
            }

            methods |= method;
        }

        var note = errors.Text("note", input.Note, VerificationStep.NoteLength);
        if (state is { } decided && VerificationStep.IsDecision(decided))
        {
            if (methods == VerificationMethods.None && !unknownMethod)
            {
                errors.Add("methods", "Say how it was checked: a decision names at least one method.");
            }

            if (note is null)
            {
                errors.Add("note", "Say what the check found: a decision needs a note.");
            }
        }

        await using var context = database.CreateContext(actor.Name);
        if (!await ExistsAsync(context, subject, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        errors.ThrowIfAny();

        // The state is read under the lock every save takes, so that of two reviewers acting on the
        // same state the second reads the first one's step and is refused.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await context.HoldOtherSavesAsync(cancellationToken).ConfigureAwait(false);
        var steps = await StepsAsync(context, subject, cancellationToken).ConfigureAwait(false);
        var current = VerificationStep.StateAfter(steps);
        if (expected is { } seen && seen != current)
        {
            throw new VerificationConflictException(seen, current);
        }

        if (!VerificationStep.CanFollow(current, state!.Value))
        {
            errors.Add("state", current == VerificationState.Unverified || current == VerificationState.UnderReview
                ? Sentence.Of($"An item that is {current} cannot become {state.Value}: start a review first, then decide.")
                : Sentence.Of($"An item that is {current} cannot become {state.Value}: reopen it with a new review first."));
            errors.ThrowIfAny();
        }

        // The history's order is that of the times recorded; a server whose clock lags behind the
        // one that recorded the last step must still put its step after it.
        var now = clock.GetUtcNow();
        var last = steps.Count == 0 ? (DateTimeOffset?)null : steps.Max(s => s.RecordedAt);
        var at = last is { } previous && now <= previous ? previous.AddMilliseconds(1) : now;
        VerificationStep step;
        try
        {
            step = new VerificationStep(Guid.NewGuid(), subject.SourceId, subject.FileSha256, state.Value, methods, note, actor.Name, at);
        }
        catch (DomainRuleException e) when (FieldOfRule.TryGetValue(e.Rule, out var field))
        {
            throw new ValidationFailedException(field, e.Sentence);
        }

        context.VerificationSteps.Add(step);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return VerificationHistory.Of(subject, [.. steps, step]);
    }

    /// <summary>Where the evidence of each of <paramref name="sourceIds"/> stands (docs/adr/0029), for marking the assertions that rest on them.</summary>
    public async Task<IReadOnlyDictionary<Guid, EvidenceStanding>> StandingsAsync(IEnumerable<Guid> sourceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        await using var context = database.CreateContext();
        return await EvidenceStandings.ReadAsync(context, sourceIds, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> ExistsAsync(WhereaboutsDbContext context, VerificationSubject subject, CancellationToken cancellationToken) =>
        subject.FileSha256 is { } hash
            ? await context.EvidenceFiles.AnyAsync(f => f.Sha256 == hash, cancellationToken).ConfigureAwait(false)
            : await context.Sources.AnyAsync(s => s.Id == subject.SourceId, cancellationToken).ConfigureAwait(false);

    private static Task<List<VerificationStep>> StepsAsync(WhereaboutsDbContext context, VerificationSubject subject, CancellationToken cancellationToken) =>
        subject.FileSha256 is { } hash
            ? context.VerificationSteps.AsNoTracking().Where(s => s.FileSha256 == hash).ToListAsync(cancellationToken)
            : context.VerificationSteps.AsNoTracking().Where(s => s.SourceId == subject.SourceId).ToListAsync(cancellationToken);
}
