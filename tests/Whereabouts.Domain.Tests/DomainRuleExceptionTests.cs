namespace Whereabouts.Domain.Tests;

public sealed class DomainRuleExceptionTests
{
    [Fact]
    public void Constructor_AnInterpolatedMessage_KeepsTheSentenceAndItsEnglish()
    {
        var refusal = new DomainRuleException("place.name-length", $"Keep it to {200} characters; this is {201}.");

        Assert.Equal("Keep it to {0} characters; this is {1}.", refusal.Sentence.Template);
        Assert.Equal("Keep it to 200 characters; this is 201.", refusal.Message);
    }

    [Fact]
    public void Constructor_AFixedMessage_IsASentenceWithoutValues()
    {
        var refusal = new DomainRuleException("place.name-required", "A place needs at least one name.");

        Assert.Equal("A place needs at least one name.", refusal.Sentence.Template);
        Assert.Empty(refusal.Sentence.Arguments);
    }
}
