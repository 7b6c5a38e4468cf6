using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Pages.People;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed class DossierHistoryTests
{
    private static readonly DateTimeOffset Day = new(2021, 1, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid PersonId = Guid.Parse("0b8f5a57-0000-4000-8000-000000000001");
    private static readonly Guid ListId = Guid.Parse("0b8f5a57-0000-4000-8000-000000000002");
    private static readonly Guid FateId = Guid.Parse("0b8f5a57-0000-4000-8000-000000000003");

    [Fact]
    public void Describe_AddedSpelling_NamesWhoWhatAndTheDay()
    {
        var sentence = Describe("en", Change(1, "anna", "Added", "PersonName", PersonId, """{"FamilyName":"Арутюнян","GivenName":"Арман","Origin":"invented list","Patronymic":null,"Script":"Cyrillic","SourceId":null}"""));

        Assert.Equal("anna added the spelling Арман Арутюнян, 12 Jan 2021", sentence.Text);
        Assert.Contains("<span translate=\"no\">Арман Арутюнян</span>", Html(sentence), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_RegisteredPerson_SaysSo()
    {
        var sentence = Describe("en", Change(1, "anna", "Added", "Person", PersonId, """{"Side":"Armenian","Sex":"Male"}"""));

        Assert.Equal("anna registered the person, 12 Jan 2021", sentence.Text);
    }

    [Fact]
    public void Describe_FateWithItsEvidence_IsOneSentenceNamingTheSourceWithBothEntries()
    {
        var fate = Change(2, "anna", "Added", "FateAssertion", FateId, """{"AsOf":"2020-12-14","Status":"Repatriated","Note":null}""");
        var evidence = Change(3, "anna", "Added", "Evidence", FateId, $$"""{"Credibility":"Confirmed","SourceId":"{{ListId}}"}""");

        var sentences = History("en", evidence, fate);

        var sentence = Assert.Single(sentences);
        Assert.Equal("anna recorded the fate “Repatriated” as of 14 Dec 2020, citing Invented exchange list, 12 Jan 2021", sentence.Text);
        Assert.Equal([2L, 3L], sentence.Entries.Select(e => e.Sequence).Order());
    }

    [Fact]
    public void Describe_EditedDetails_NamesTheFieldsInWords()
    {
        var sentence = Describe("en", Change(1, "anna", "Modified", "Person", PersonId, """{"Rank":["Private","Sergeant"],"Unit":[null,"Invented unit"]}"""));

        Assert.Equal("anna changed the details (rank, unit), 12 Jan 2021", sentence.Text);
    }

    [Fact]
    public void Describe_RetractionOfAKnownFate_NamesTheFateAndTheReason()
    {
        var sentence = Describe("en", Change(1, "bob", "Added", "FateRetraction", Guid.NewGuid(), $$"""{"AssertionId":"{{FateId}}","Reason":"Entered for the wrong person."}"""));

        Assert.Equal("bob retracted the fate “Repatriated” as of 14 Dec 2020: Entered for the wrong person., 12 Jan 2021", sentence.Text);
    }

    [Fact]
    public void Describe_WithdrawnSpelling_NamesTheFormAndTheReason()
    {
        var sentence = Describe("en", Change(1, "bob", "Added", "NameWithdrawal", PersonId, """{"NameIndex":1,"Reason":"Typed wrongly.","SourceId":null}"""));

        Assert.Equal("bob withdrew the spelling Arnan Harutyunyan: Typed wrongly., 12 Jan 2021", sentence.Text);
        Assert.Contains("<span translate=\"no\">Arnan Harutyunyan</span>", Html(sentence), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WithdrawalOfAnUnknownForm_StillSaysASpellingWasWithdrawn()
    {
        var sentence = Describe("en", Change(1, "bob", "Added", "NameWithdrawal", PersonId, """{"NameIndex":7,"Reason":"Typed wrongly."}"""));

        Assert.Equal("bob withdrew a spelling: Typed wrongly., 12 Jan 2021", sentence.Text);
    }

    [Fact]
    public void Describe_JudgedListRow_SaysWhatWasJudged()
    {
        var sentence = Describe("en", Change(1, "carol", "Modified", "ListMatch", Guid.NewGuid(), """{"Decision":["Pending","Same"]}"""));

        Assert.Equal("carol judged a row of an imported list to be this person, 12 Jan 2021", sentence.Text);
    }

    [Fact]
    public void Describe_UnknownKindOfChange_IsStillTold()
    {
        var sentence = Describe("en", Change(1, "system", "Added", "SomethingNew", Guid.NewGuid(), "not json"));

        Assert.Equal("system changed a record, 12 Jan 2021", sentence.Text);
        Assert.Equal("not json", Assert.Single(sentence.Entries).Changes);
    }

    [Fact]
    public void Describe_InRussian_IsTheRussianSentenceWithARussianDate()
    {
        var sentence = Describe("ru", Change(1, "anna", "Added", "PersonName", PersonId, """{"FamilyName":"Арутюнян","GivenName":"Арман"}"""));

        Assert.StartsWith("anna добавил(а) написание Арман Арутюнян, 12 янв", sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ActorWithARole_SaysInWhatCapacityInTheReadersLanguage()
    {
        var change = Change(1, "anna", "Added", "Person", PersonId, "{}") with { ActorRole = "Caseworker" };

        Assert.Equal("anna (caseworker) registered the person, 12 Jan 2021", Describe("en", change).Text);
        Assert.StartsWith("anna (сотрудник по делам) ", Describe("ru", change).Text, StringComparison.Ordinal);
        Assert.Contains("<span translate=\"no\">anna</span> (caseworker)", Html(Describe("en", change)), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_CommandLineActor_SaysItWasTheCommandLine()
    {
        var sentence = Describe("en", Change(1, "cli:root", "Added", "Person", PersonId, "{}"));

        Assert.Equal("cli:root (command line) registered the person, 12 Jan 2021", sentence.Text);
    }

    [Fact]
    public void Describe_Markup_EncodesRecordedText()
    {
        var sentence = Describe("en", Change(1, "<b>anna</b>", "Added", "Person", PersonId, "{}"));

        Assert.DoesNotContain("<b>", Html(sentence), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;anna&lt;/b&gt;", Html(sentence), StringComparison.Ordinal);
    }

    private static HistorySentence Describe(string culture, DossierChange change) => Assert.Single(History(culture, change));

    private static IReadOnlyList<HistorySentence> History(string culture, params DossierChange[] changes)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
            var history = new DossierHistory(new StringLocalizer<DossierHistory>(factory));
            return history.Describe(Dossier([.. changes.OrderByDescending(c => c.Sequence)]));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    private static string Html(HistorySentence sentence)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        sentence.Html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    private static DossierChange Change(long sequence, string actor, string action, string type, Guid id, string json) =>
        new(sequence, Day, actor, action, type, id.ToString(), json);

    // An invented person with one fate from an invented list.
    private static PersonDossier Dossier(IReadOnlyList<DossierChange> history)
    {
        var fate = new DossierFate(
            FateId, FateStatus.Repatriated, PartialDate.OfDay(2020, 12, 14),
            new DossierEvidence(ListId, "Invented exchange list", Reliability.B, null, "row 3", Credibility.Confirmed),
            null, null, null, null, null, "anna", Day, null, IsCurrent: true);
        return new PersonDossier(
            PersonId, 1, true, "Arman Harutyunyan", new PersonDetails(), null,
            [new DossierName("Arman", "Harutyunyan", null, "Arman Harutyunyan", NameScript.Latin, "invented report", null, null, 0)],
            [fate], fate, false, [], [], history,
            [new DossierWithdrawal(
                new DossierName("Arnan", "Harutyunyan", null, "Arnan Harutyunyan", NameScript.Latin, "invented report", null, null, 1),
                "Typed wrongly.", null, null, null, null, "bob", Day)]);
    }
}
