using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>
/// Thrown when a step was decided on a state the item is no longer in: someone else recorded a step
/// in between. Nothing was saved; the reviewer reads the history again and decides anew.
/// </summary>
public sealed class VerificationConflictException : Exception
{
    /// <summary>Creates the exception for an item seen <paramref name="expected"/> and now <paramref name="current"/>.</summary>
    public VerificationConflictException(VerificationState expected, VerificationState current)
        : this(Sentence.Of($"Someone else recorded a step meanwhile: the item is now {current}, not {expected} as you saw it. Nothing was saved; read its history again and decide anew."))
    {
        Expected = expected;
        Current = current;
    }

    private VerificationConflictException(Sentence sentence)
        : base(sentence.English)
    {
        Sentence = sentence;
    }

    /// <summary>The state the reviewer saw.</summary>
    public VerificationState Expected { get; }

    /// <summary>The state the item is in.</summary>
    public VerificationState Current { get; }

    /// <summary>The message as a template and its values, for a page to show in the reader's language.</summary>
    public Sentence Sentence { get; }
}
