using Whereabouts.Domain;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tests.Support;

namespace Whereabouts.Storage.Tests.Search;

public sealed class PersonIndexerTests
{
    [Theory]
    [InlineData("Harutyunyan", "Арутюнян")]
    [InlineData("Harutyunyan", "Հարությունյան")]
    [InlineData("Harutyunyan", "Harutiunian")]
    [InlineData("Harutyunyan", "Haroutunian")]
    [InlineData("Harutyunyan", "Arutyunyan")]
    [InlineData("Hovhannisyan", "Оганесян")]
    [InlineData("Gevorgyan", "Kevorkian")]
    [InlineData("Sargsyan", "Սարգսյան")]
    [InlineData("Grigoryan", "Krikorian")]
    public void KeysOfQueryWord_AnotherScriptOrSpellingOfAStoredFamilyName_SharesAKeyWithIt(string stored, string searched)
    {
        var person = Registry.Person(family: stored);

        var shared = PersonIndexer.KeysOf(person).Intersect(PersonIndexer.KeysOfQueryWord(searched));

        Assert.NotEmpty(shared);
    }

    [Theory]
    [InlineData("Grigoryan", "Gevorgyan")]
    [InlineData("Harutyunyan", "Hovhannisyan")]
    [InlineData("Petrosyan", "Poghosyan")]
    public void KeysOfQueryWord_ADifferentFamilyName_SharesNoKeyWithIt(string stored, string searched)
    {
        var person = Registry.Person(given: "Tigran", family: stored);

        var shared = PersonIndexer.KeysOf(person).Intersect(PersonIndexer.KeysOfQueryWord(searched));

        Assert.Empty(shared);
    }

    [Fact]
    public void KeysOf_PersonWithNameFormsInThreeScripts_HoldsOneKeyPerDistinctName()
    {
        var person = Registry.Person();
        person.AddName(new PersonName("Արայիկ", "Հարությունյան", "Սամվելի"));
        person.AddName(new PersonName("Араик", "Арутюнян", "Самвелович"));

        var keys = PersonIndexer.KeysOf(person);

        // Given name, family name and father's name: the three scripts agree on each.
        Assert.Equal(3, keys.Count);
        Assert.All(["Arayik", "Араик", "Samvel", "Самвелович", "Harutyunyan"], word => Assert.NotEmpty(keys.Intersect(PersonIndexer.KeysOfQueryWord(word))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("— ? —")]
    public void KeysOfQueryWord_NoLetters_HasNoKeys(string word)
    {
        Assert.Empty(PersonIndexer.KeysOfQueryWord(word));
    }
}
