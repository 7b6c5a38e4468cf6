using Whereabouts.Ingestion.Mentions;

namespace Whereabouts.Ingestion.Tests.Mentions;

public sealed class PersonNameCandidatesTests
{
    [Fact]
    public void Find_NamesInThreeScripts_AreCandidates()
    {
        // Invented people.
        var found = PersonNameCandidates.Find("The family of Arayik Harutyunyan (invented) said that Араик Арутюнян and Հայկ Պետրոսյան were captured.");

        Assert.Contains("Arayik Harutyunyan", found);
        Assert.Contains("Араик Арутюнян", found);
        Assert.Contains("Հայկ Պետրոսյան", found);
    }

    [Fact]
    public void Find_ThreeWordNameWithPatronymic_IsOneCandidate()
    {
        Assert.Contains("Hovhannes Gevorgi Sargsyan", PersonNameCandidates.Find("Hovhannes Gevorgi Sargsyan, 19, is still missing."));
    }

    [Fact]
    public void Find_WordsAcrossPunctuationOrLines_AreNotJoined()
    {
        var found = PersonNameCandidates.Find("He met Aram. Sargsyan came later.\nDavit\nGrigoryan");

        Assert.DoesNotContain("Aram Sargsyan", found);
        Assert.DoesNotContain("Davit Grigoryan", found);
    }

    [Fact]
    public void Find_CapitalsAndSingleWords_AreNotCandidates()
    {
        Assert.Empty(PersonNameCandidates.Find("ICRC OFFICIALS met in Geneva on 12 December."));
    }
}
