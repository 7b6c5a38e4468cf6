using System.Globalization;
using Whereabouts.Application.Demo;

namespace Whereabouts.Application.Tests.Demo;

public sealed class DemoIdsTests
{
    [Fact]
    public void For_SameKey_GivesSameId()
    {
        Assert.Equal(DemoIds.For("person/hin-tagher/17"), DemoIds.For("person/hin-tagher/17"));
    }

    [Fact]
    public void For_DifferentKeys_GiveDifferentIds()
    {
        Assert.NotEqual(DemoIds.For("person/hin-tagher/17"), DemoIds.For("person/hin-tagher/18"));
    }

    [Fact]
    public void For_KnownKey_GivesThePinnedId()
    {
        // The loader inserts only absent IDs: if this value ever changes, every demo record is duplicated.
        Assert.Equal(Guid.Parse("327013f1-080a-856b-b457-8c5c9029032f"), DemoIds.For("person/hin-tagher/17"));
    }

    [Fact]
    public void For_AnyKey_IsVersion8Variant10()
    {
        var text = DemoIds.For("place/khtsabert").ToString("D", CultureInfo.InvariantCulture);

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void For_EmptyKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => DemoIds.For(string.Empty));
    }
}
