namespace Whereabouts.Domain;

/// <summary>
/// Thrown when an operation would break one of the registry's rules (an assertion without
/// evidence, a date before birth, a status that cannot follow a confirmed one, and so on).
/// Nothing has been changed when it is thrown: every rule is checked before any state moves.
/// </summary>
public sealed class DomainRuleException : Exception
{
    /// <summary>Creates the exception for the rule named by <paramref name="rule"/>.</summary>
    /// <param name="rule">A stable, machine-readable code such as <c>fate.evidence-required</c>.</param>
    /// <param name="message">A sentence for the person who made the request: what was refused and why.</param>
    public DomainRuleException(string rule, Sentence message)
        : base(message?.English)
    {
        ArgumentNullException.ThrowIfNull(message);
        Rule = rule;
        Sentence = message;
    }

    /// <summary>Creates the exception with a fixed message (see <see cref="DomainRuleException(string, Sentence)"/>).</summary>
    public DomainRuleException(string rule, string message)
        : this(rule, Sentence.Of(message))
    {
    }

    /// <summary>Creates the exception with a message written as an interpolated string, its values kept apart (see <see cref="Domain.Sentence"/>).</summary>
    public DomainRuleException(string rule, SentenceHandler message)
        : this(rule, message.ToSentence())
    {
    }

    /// <summary>
    /// The stable code of the broken rule. APIs expose it so that clients can react to a kind of
    /// refusal without parsing the message, which may be reworded.
    /// </summary>
    public string Rule { get; }

    /// <summary>The message as a template and its values, for a page to show in the reader's language; <see cref="Exception.Message"/> is its English.</summary>
    public Sentence Sentence { get; }
}
