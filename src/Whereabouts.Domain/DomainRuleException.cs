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
    public DomainRuleException(string rule, string message)
        : base(message)
    {
        Rule = rule;
    }

    /// <summary>
    /// The stable code of the broken rule. APIs expose it so that clients can react to a kind of
    /// refusal without parsing the message, which may be reworded.
    /// </summary>
    public string Rule { get; }
}
