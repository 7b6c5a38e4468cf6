namespace Whereabouts.Domain.Tests;

/// <summary>Assertions about refusals, so that every test checks the rule code the same way.</summary>
internal static class DomainAssert
{
    /// <summary>Asserts that <paramref name="action"/> is refused under <paramref name="rule"/>.</summary>
    public static DomainRuleException Refuses(string rule, Action action)
    {
        var refusal = Assert.Throws<DomainRuleException>(action);
        Assert.Equal(rule, refusal.Rule);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        return refusal;
    }

    /// <summary>Asserts that creating a value with <paramref name="create"/> is refused under <paramref name="rule"/>.</summary>
    public static DomainRuleException Refuses(string rule, Func<object?> create)
    {
        var refusal = Assert.Throws<DomainRuleException>(create);
        Assert.Equal(rule, refusal.Rule);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        return refusal;
    }

    /// <summary>Asserts that a refusal's message contains every one of <paramref name="parts"/>.</summary>
    public static void MessageSays(DomainRuleException refusal, params string[] parts)
    {
        foreach (var part in parts)
        {
            Assert.Contains(part, refusal.Message, StringComparison.Ordinal);
        }
    }
}
