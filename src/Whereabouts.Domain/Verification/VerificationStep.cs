namespace Whereabouts.Domain;

/// <summary>
/// One step in checking an item of evidence — a file, named by its SHA-256, or a whole source: the
/// state it moved to, who moved it and when, by what methods, and a note. The steps of an item are
/// its verification history; the last one is its state. Nothing is edited: a wrong decision is
/// corrected by reopening the review and deciding again.
/// </summary>
public sealed class VerificationStep
{
    /// <summary>The longest a note may be.</summary>
    public const int NoteLength = 4000;

    /// <summary>Records a step.</summary>
    /// <param name="id">The identity, or <see cref="Guid.Empty"/> for a new one.</param>
    /// <param name="sourceId">The source checked, or null when a file is.</param>
    /// <param name="fileSha256">The SHA-256 of the file checked, or null when a source is.</param>
    /// <param name="state">The state the item moves to.</param>
    /// <param name="methods">How it was checked; at least one for a decision (verified, disputed, shown false).</param>
    /// <param name="note">What was found; required for a decision.</param>
    /// <param name="recordedBy">The account that recorded the step.</param>
    /// <param name="recordedAt">When.</param>
    /// <exception cref="DomainRuleException">Neither or both of a source and a file, an unknown state or method, a decision without a method or a note, or text that is too long.</exception>
    public VerificationStep(
        Guid id,
        Guid? sourceId,
        string? fileSha256,
        VerificationState state,
        VerificationMethods methods,
        string? note,
        string recordedBy,
        DateTimeOffset recordedAt)
    {
        sourceId = sourceId == Guid.Empty ? null : sourceId;
        if ((sourceId is null) == (fileSha256 is null))
        {
            throw new DomainRuleException("verification.subject", "A verification step is about one source or one file.");
        }

        if (!Enum.IsDefined(state))
        {
            throw new DomainRuleException("verification.state", $"{(int)state} is not a state of verification.");
        }

        const VerificationMethods every = VerificationMethods.Geolocation | VerificationMethods.Chronolocation
            | VerificationMethods.IdentityOfPeople | VerificationMethods.SourceContact | VerificationMethods.Metadata;
        if ((methods & ~every) != 0)
        {
            throw new DomainRuleException("verification.method", $"{(int)methods} is not a combination of methods of verification.");
        }

        var text = TextValue.OrNull(note);
        if (text is not null && text.Length > NoteLength)
        {
            throw new DomainRuleException("verification.note-length", $"A note has at most {NoteLength} characters.");
        }

        if (IsDecision(state) && methods == VerificationMethods.None)
        {
            throw new DomainRuleException("verification.method-required", "Say how it was checked: a decision names at least one method.");
        }

        if (IsDecision(state) && text is null)
        {
            throw new DomainRuleException("verification.note-required", "Say what the check found: a decision needs a note.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        SourceId = sourceId;
        FileSha256 = fileSha256 is null ? null : EvidenceFile.Hash(fileSha256);
        State = state;
        Methods = methods;
        Note = text;
        RecordedBy = TextValue.OrNull(recordedBy) ?? throw new DomainRuleException("verification.recorder-required", "A verification step must say who recorded it.");
        RecordedAt = recordedAt.ToUniversalTime();
    }

    // For the storage layer.
    private VerificationStep()
    {
        RecordedBy = null!;
    }

    /// <summary>The step's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The source checked, or null when a file is.</summary>
    public Guid? SourceId { get; private init; }

    /// <summary>The SHA-256 of the file checked, or null when a source is.</summary>
    public string? FileSha256 { get; private init; }

    /// <summary>The state the item moved to.</summary>
    public VerificationState State { get; private init; }

    /// <summary>How it was checked.</summary>
    public VerificationMethods Methods { get; private init; }

    /// <summary>What was found, or null.</summary>
    public string? Note { get; private init; }

    /// <summary>The account that recorded the step.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When, in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>Whether <paramref name="state"/> is a decision: verified, disputed or shown false.</summary>
    public static bool IsDecision(VerificationState state) =>
        state is VerificationState.Verified or VerificationState.Disputed or VerificationState.ShownFalse;

    /// <summary>
    /// Whether an item in state <paramref name="current"/> may move to <paramref name="next"/>: a
    /// review starts from any state other than under review (reopening a decision); a decision, or
    /// giving up a review (back to unverified), is made only from under review.
    /// </summary>
    public static bool CanFollow(VerificationState current, VerificationState next) => next switch
    {
        VerificationState.UnderReview => current != VerificationState.UnderReview,
        VerificationState.Unverified => current == VerificationState.UnderReview,
        _ => current == VerificationState.UnderReview && IsDecision(next),
    };

    /// <summary>The state an item is in after <paramref name="steps"/> (in any order): that of the last recorded, or unverified when there are none.</summary>
    public static VerificationState StateAfter(IEnumerable<VerificationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return steps.OrderBy(s => s.RecordedAt).ThenBy(s => s.Id).LastOrDefault()?.State ?? VerificationState.Unverified;
    }

    /// <summary>
    /// Checks that a step to <paramref name="next"/> may follow <paramref name="steps"/>, the item's history so far.
    /// </summary>
    /// <exception cref="DomainRuleException">The move is not allowed (see <see cref="CanFollow"/>).</exception>
    public static void EnsureCanFollow(IEnumerable<VerificationStep> steps, VerificationState next)
    {
        var current = StateAfter(steps);
        if (!CanFollow(current, next))
        {
            throw new DomainRuleException(
                "verification.transition",
                $"An item that is {current} cannot become {next}: a review starts before a decision, and a decision is reopened by a new review.");
        }
    }
}
