using Whereabouts.Ingestion.Claims;
using Whereabouts.Ingestion.Tests.Support;

namespace Whereabouts.Ingestion.Tests.Claims;

// Every sentence and article here is invented for these tests; none is taken from a publication.
// A claim is written "count|max|qualifier|category|side|source|status|date", "-" for null.
public sealed class CountClaimExtractorTests(ITestOutputHelper output)
{
    private static readonly DateOnly Published = new(2020, 12, 16); // a Wednesday

    public static TheoryData<string, string[]> Sentences() => new()
    {
        // Digits and number words
        { "The ministry said 1,200 soldiers had been wounded since the start of the fighting.", ["1200|-|exact|wounded|-|the ministry|asserted|-"] },
        { "Forty-four prisoners were flown home on a Russian aircraft.", ["44|-|exact|released|-|-|asserted|-"] },
        { "Ten Armenian soldiers were returned in exchange for minefield maps.", ["10|-|exact|released|armenian|-|asserted|-"] },
        { "A dozen civilians were wounded in the shelling.", ["12|-|exact|wounded|-|-|asserted|-"] },
        { "Half a dozen soldiers were captured near the village.", ["6|-|exact|captured|-|-|asserted|-"] },
        { "One hundred and twelve servicemen remain unaccounted for.", ["112|-|exact|missing|-|-|asserted|-"] },
        { "Twenty one detainees were released on Friday.", ["21|-|exact|released|-|-|asserted|2020-12-11"] },
        { "Two hundred people are still missing, the ombudsman said.", ["200|-|exact|missing|-|the ombudsman|asserted|-"] },

        // Qualifiers
        { "About 60 servicemen are missing, the ombudsman Artak Beglarian said.", ["60|-|about|missing|-|the ombudsman Artak Beglarian|asserted|-"] },
        { "Nearly forty soldiers were taken prisoner.", ["40|-|about|captured|-|-|asserted|-"] },
        { "Around 30 Azerbaijani soldiers were killed, Yerevan claimed.", ["30|-|about|killed|azerbaijani|Yerevan|asserted|-"] },
        { "Approximately 25 people remain in custody.", ["25|-|about|held|-|-|asserted|-"] },
        { "Some 50 servicemen were freed.", ["50|-|about|released|-|-|asserted|-"] },
        { "Roughly 80 civilians were injured.", ["80|-|about|wounded|-|-|asserted|-"] },
        { "Almost 20 soldiers went missing.", ["20|-|about|missing|-|-|asserted|-"] },
        { "At least 12 soldiers were killed.", ["12|-|at_least|killed|-|-|asserted|-"] },
        { "No fewer than 40 Armenians are still held in Baku.", ["40|-|at_least|held|armenian|-|asserted|-"] },
        { "40 or more soldiers were captured.", ["40|-|at_least|captured|-|-|asserted|-"] },
        { "More than thirty Armenian servicemen were captured.", ["30|-|more_than|captured|armenian|-|asserted|-"] },
        { "Over 100 prisoners were exchanged.", ["100|-|more_than|released|-|-|asserted|-"] },
        { "Upwards of 200 people were detained.", ["200|-|more_than|held|-|-|asserted|-"] },
        { "Fewer than ten soldiers were wounded.", ["10|-|fewer_than|wounded|-|-|asserted|-"] },
        { "Less than 20 prisoners were returned.", ["20|-|fewer_than|released|-|-|asserted|-"] },
        { "Under 15 servicemen remain missing.", ["15|-|fewer_than|missing|-|-|asserted|-"] },
        { "Up to 40 Armenian prisoners may still be held.", ["40|-|fewer_than|held|armenian|-|asserted|-"] },
        { "Azerbaijan handed over 44 prisoners.", ["44|-|exact|released|armenian|-|asserted|-"] },
        { "Several dozen soldiers were taken prisoner.", ["24|-|vague|captured|-|-|asserted|-"] },
        { "Dozens of Armenians remain in Azerbaijani custody.", ["24|-|vague|held|armenian|-|asserted|-"] },
        { "Hundreds of people are still missing.", ["200|-|vague|missing|-|-|asserted|-"] },

        // Ranges
        { "Estimates of Armenians still held ranged from 40 to 140.", ["40|140|range|held|armenian|-|asserted|-"] },
        { "Between 40 and 140 Armenians are believed to remain in captivity.", ["40|140|range|held|armenian|-|asserted|-"] },
        { "The ombudsman said 40\u2013140 servicemen were still held.", ["40|140|range|held|-|the ombudsman|asserted|-"] },
        { "Reports put the number of missing at 60-70 soldiers.", ["60|70|range|missing|-|Reports|asserted|-"] },
        { "Two to three soldiers were wounded.", ["2|3|range|wounded|-|-|asserted|-"] },

        // Categories and side
        { "The fate of 73 servicemen is unknown, the Defense Ministry said.", ["73|-|exact|missing|-|the Defense Ministry|asserted|-"] },
        { "The army lost contact with 18 soldiers posted near Khtsabert.", ["18|-|exact|missing|-|-|asserted|-"] },
        { "Azerbaijani forces captured 62 Armenian servicemen on December 13.", ["62|-|exact|captured|armenian|-|asserted|2020-12-13"] },
        { "Azerbaijan is still holding 40 Armenian prisoners.", ["40|-|exact|held|armenian|-|asserted|-"] },
        { "At least 30 soldiers are being held in Baku.", ["30|-|at_least|held|armenian|-|asserted|-"] },
        { "Armenia repatriated the 12 Azerbaijani detainees.", ["12|-|exact|released|azerbaijani|-|asserted|-"] },
        { "Seven ethnic Armenians were detained.", ["7|-|exact|held|armenian|-|asserted|-"] },
        { "The clashes killed six Armenian and seven Azerbaijani soldiers.", ["6|-|exact|killed|armenian|-|asserted|-", "7|-|exact|killed|azerbaijani|-|asserted|-"] },
        { "Three soldiers died of their wounds in hospital.", ["3|-|exact|killed|-|-|asserted|-"] },
        { "Azerbaijan returned the bodies of 12 Armenian soldiers.", ["12|-|exact|killed|armenian|-|asserted|-"] },
        { "The remains of 30 servicemen were handed over on Tuesday.", ["30|-|exact|killed|-|-|asserted|2020-12-15"] },
        { "Six Armenian soldiers were wounded in the attack.", ["6|-|exact|wounded|armenian|-|asserted|-"] },
        { "Police arrested 8 protesters outside the ministry.", ["8|-|exact|arrested|-|-|asserted|-"] },
        { "The attack left 4 dead and 11 wounded.", ["4|-|exact|killed|-|-|asserted|-", "11|-|exact|wounded|-|-|asserted|-"] },
        { "44 Armenian prisoners were flown to Yerevan and 14 were transferred to Azerbaijan on December 14.",
            ["44|-|exact|released|armenian|-|asserted|2020-12-14", "14|-|exact|released|azerbaijani|-|asserted|2020-12-14"] },

        // Sources
        { "According to the ICRC, 14 detainees were transferred.", ["14|-|exact|released|-|the ICRC|asserted|-"] },
        { "Baku says 12 were captured and 3 killed.", ["12|-|exact|captured|-|Baku|asserted|-", "3|-|exact|killed|-|Baku|asserted|-"] },
        { "Yerevan told reporters that 20 soldiers were missing.", ["20|-|exact|missing|armenian|Yerevan|asserted|-"] },
        { "Mr. Beglarian said 60 servicemen were unaccounted for.", ["60|-|exact|missing|-|Mr. Beglarian|asserted|-"] },
        { "The Armenian Ministry of Defense claims 171 soldiers are missing.", ["171|-|exact|missing|armenian|the Armenian Ministry of Defense|asserted|-"] },

        // Denials and rumours
        { "The ministry denied that 73 soldiers were held by Azerbaijan.", ["73|-|exact|held|armenian|the ministry|denied|-"] },
        { "Baku dismissed claims that it holds 40 Armenian prisoners.", ["40|-|exact|held|armenian|Baku|denied|-"] },
        { "The ministry denied reports of 171 missing, saying the fate of 73 was unknown.",
            ["171|-|exact|missing|-|the ministry|denied|-", "73|-|exact|missing|-|the ministry|asserted|-"] },
        { "A figure of 171 missing was denied by the Armenian Ministry of Defence.", ["171|-|exact|missing|armenian|the Armenian Ministry of Defence|denied|-"] },
        { "Unconfirmed reports said 171 soldiers were missing.", ["171|-|exact|missing|-|Unconfirmed reports|rumour|-"] },
        { "Some 20 prisoners were allegedly executed.", ["20|-|about|killed|-|-|rumour|-"] },

        // Dates
        { "Yesterday 12 soldiers were wounded.", ["12|-|exact|wounded|-|-|asserted|2020-12-15"] },
        { "On Monday, 30 soldiers were captured.", ["30|-|exact|captured|-|-|asserted|2020-12-14"] },
        { "Last week, 5 soldiers were killed.", ["5|-|exact|killed|-|-|asserted|2020-12-09"] },
        { "44 prisoners were returned on 14 December 2020.", ["44|-|exact|released|-|-|asserted|2020-12-14"] },
        { "44 prisoners were returned on Monday, the ministry said on Tuesday.", ["44|-|exact|released|-|the ministry|asserted|2020-12-14"] },

        // A part of a whole has its own fate; a receiver, a speaker's "its" and a country's police name the people's side; a statement's day is the claim's only when no other day is named
        { "Of the 45 detainees, 9 were later freed.", ["45|-|exact|held|-|-|asserted|-", "9|-|exact|released|-|-|asserted|-"] },
        { "Of the 30 missing, 4 have since been identified.", ["30|-|exact|missing|-|-|asserted|-"] },
        { "The Azerbaijani side said three of its servicemen were wounded.", ["3|-|exact|wounded|azerbaijani|the Azerbaijani side|asserted|-"] },
        { "Police in Baku detained 14 protesters.", ["14|-|exact|held|-|-|asserted|-"] },
        { "Baku received the bodies of 11 soldiers on Friday.", ["11|-|exact|killed|azerbaijani|-|asserted|2020-12-11"] },
        { "Twelve soldiers were captured, the ministry said on Tuesday.", ["12|-|exact|captured|-|the ministry|asserted|2020-12-15"] },
        { "The ministry said on Tuesday that 12 soldiers were captured on Sunday.", ["12|-|exact|captured|-|the ministry|asserted|2020-12-13"] },
    };

    public static TheoryData<string> Distractors() =>
    [
        "The 44-day war ended with a ceasefire on November 10.",
        "The soldiers were held for 10 months.",
        "The villages lie 5 km from the front line.",
        "A 19-year-old conscript was killed.",
        "In 2020, the ministry published the lists.",
        "Ninety percent of the detainees were released.",
        "The ministry received 300 videos of the abuse.",
        "Azerbaijan captured 12 villages in the Hadrut region.",
        "The hotline, +374 10 52 34 56, received 40 calls.",
        "Families raised $5,000 to pay for lawyers.",
        "The second exchange took place at the border.",
        "Article 122 of the Geneva Convention was cited.",
        "The court gave the applicants 14 days to respond.",
        "Dozens of relatives of missing soldiers gathered outside the government building.",
        "Flight No. 112 landed at 14:30.",
        "The exchange happened on 14 December.",
        "Armenia marked 30 years of independence.",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Extract_InventedSentence_GivesTheExpectedClaims(string sentence, string[] expected)
    {
        var claims = CountClaimExtractor.Extract([sentence], Published);

        Assert.Equal(expected, claims.Select(Describe).ToArray());
        Assert.All(claims, c => Assert.Equal(sentence, c.Quote));
    }

    [Theory]
    [MemberData(nameof(Distractors))]
    public void Extract_NumberThatCountsNoPeople_GivesNoClaim(string sentence) =>
        Assert.Empty(CountClaimExtractor.Extract([sentence], Published));

    [Theory]
    [InlineData("And five soldiers were captured.", "5|-|exact|captured|-|-|asserted|-")]
    [InlineData("- five soldiers were captured.", "5|-|exact|captured|-|-|asserted|-")]
    public void Extract_SentenceStartingWithAConnective_ReadsTheNumberAfterIt(string sentence, string expected) =>
        Assert.Equal([expected], CountClaimExtractor.Extract([sentence], Published).Select(Describe).ToArray());

    [Theory]
    [InlineData("And")]
    [InlineData("and")]
    [InlineData("-")]
    [InlineData("- -")]
    [InlineData("And and")]
    public void Extract_ConnectiveAlone_GivesNoClaimAndDoesNotThrow(string sentence) =>
        Assert.Empty(CountClaimExtractor.Extract([sentence], Published));

    [Fact]
    public void Extract_DayWithoutYearAfterPublication_IsInThePreviousYear()
    {
        var claims = CountClaimExtractor.Extract(["On December 14, 44 prisoners were returned."], new DateOnly(2021, 1, 5));

        Assert.Equal(new DateOnly(2020, 12, 14), Assert.Single(claims).Date);
    }

    [Fact]
    public void Extract_NoPublicationDate_ResolvesOnlyFullDates()
    {
        var claims = CountClaimExtractor.Extract(["On December 14, 44 prisoners were returned.", "On 15 December 2020, 3 soldiers were wounded."], null);

        Assert.Equal([null, new DateOnly(2020, 12, 15)], claims.Select(c => c.Date).ToArray());
    }

    [Fact]
    public void Extract_TheFollowingDay_CountsFromTheLastDateTheArticleNamed()
    {
        string[] article = ["Fighting resumed on December 11.", "The following day, 60 soldiers went missing. Two days later, 40 were captured."];

        var claims = CountClaimExtractor.Extract(article, Published);

        Assert.Equal([new DateOnly(2020, 12, 12), new DateOnly(2020, 12, 14)], claims.Select(c => c.Date).ToArray());
    }

    [Fact]
    public void Extract_InventedArticle_ReadsEveryClaimWithItsSentence()
    {
        string[] article =
        [
            "Gen. Petrosyan, the commander, said on Monday that 18 servicemen had been lost near Khtsabert. He said 6 were wounded.",
            "\"We have lost contact with 73 soldiers. The search continues,\" the ministry said.",
            "Relatives told the U.S. embassy that the 44-day war left them without news.",
        ];

        var claims = CountClaimExtractor.Extract(article, Published);

        Assert.Equal(
            ["6|-|exact|wounded|-|Gen. Petrosyan|asserted|-", "73|-|exact|missing|-|the ministry|asserted|-"],
            claims.Select(Describe).ToArray());
        Assert.Equal("He said 6 were wounded.", claims[0].Quote);
        Assert.StartsWith("\"We have lost contact", claims[1].Quote, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> FourthRoundDevelopmentStatements()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var (sentence, expected) in ClaimGolden.Statements("FourthRoundDevelopment", "en").Concat(ClaimGolden.Statements("FifthRoundDevelopment", "en")))
        {
            data.Add(sentence, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FourthRoundDevelopmentStatements))]
    public void Extract_FourthRoundDevelopmentStatement_GivesTheExpectedClaims(string sentence, string[] expected)
    {
        // Invented (TestData/Claims/FourthRoundDevelopment/en.tsv and FifthRoundDevelopment/en.tsv): numbers restated in parentheses,
        // headlines, exchanges "12 for 12", relatives who are themselves held, thousands grouped by spaces,
        // transfers to hospitals, "the number … killed at N", a speaker's place, and distractors.
        Assert.Equal(expected, CountClaimExtractor.Extract([sentence], ClaimGolden.Published).Select(Describe).ToArray());
    }

    [Fact]
    public void Extract_ShareLinesBetweenParagraphs_GiveNoClaim()
    {
        string[] article =
        [
            "Invented headline: prisoners return",
            "Share on Facebook (240)",
            "1,200 people shared this",
            "The ministry said 44 POWs were flown home.",
            "Share 35",
        ];

        var claims = CountClaimExtractor.Extract(article, Published);

        Assert.Equal(["44|-|exact|released|-|the ministry|asserted|-"], claims.Select(Describe).ToArray());
    }

    // Invented, one per rule of the sixth round: a release asked for has not happened, a gapped
    // clause shares the fate before it, burials are the dead, a heading's noun names the fate, a
    // participle before the clause's own verb only describes the people, "the number of prisoners"
    // names their fate, and families who search are not the missing.
    public static TheoryData<string, string[]> SixthRoundRules() => new()
    {
        { "The families called for the return of 30 prisoners of war.", ["30|-|exact|held|-|-|asserted|-"] },
        { "Three people were killed in Martuni, and another 5 in Hadrut.", ["3|-|exact|killed|-|-|asserted|-", "5|-|exact|killed|-|-|asserted|-"] },
        { "Seven soldiers were laid to rest in Yerablur.", ["7|-|exact|killed|-|-|asserted|-"] },
        { "Detainees \u2014 40; missing \u2014 120.", ["40|-|exact|held|-|-|asserted|-", "120|-|exact|missing|-|-|asserted|-"] },
        { "Nine soldiers seized near Hadrut have been moved to a prison in Baku.", ["9|-|exact|held|armenian|-|asserted|-"] },
        { "The number of prisoners fell to 38.", ["38|-|exact|held|-|-|asserted|-"] },
        { "A court handed down sentences to 14 Armenians.", ["14|-|exact|held|armenian|-|asserted|-"] },
        { "More than 40 prisoners of war have not yet returned home.", ["40|-|more_than|held|-|-|asserted|-"] },
        { "Some 30 POWs are yet to be freed.", ["30|-|about|held|-|-|asserted|-"] },
        { "Some 100 families are still searching for their loved ones.", [] },
    };

    [Theory]
    [MemberData(nameof(SixthRoundRules))]
    public void Extract_SixthRoundRule_GivesTheExpectedClaims(string sentence, string[] expected) =>
        Assert.Equal(expected, CountClaimExtractor.Extract([sentence], Published).Select(Describe).ToArray());

    // Invented, per rule of the seventh round (none from FifthRoundHeldOut): a fate that names whom
    // relatives are tied to ("families of the missing") is no fate of anyone else in the sentence.
    public static TheoryData<string, string[]> SeventhRoundRules() => new()
    {
        { "About 50 volunteers are supporting the families of the missing.", [] },
        { "Dozens of students are helping the families of those killed.", [] },
        { "Six relatives of the prisoners were detained in Baku.", ["6|-|exact|held|armenian|-|asserted|-"] },
        { "Not 12 but 14 soldiers were killed.", ["14|-|exact|killed|-|-|asserted|-"] },
        { "The number of wounded is 14, not 12.", ["14|-|exact|wounded|-|-|asserted|-"] },
        { "Of the 40 wounded, 6 are in critical condition.", ["40|-|exact|wounded|-|-|asserted|-", "6|-|exact|wounded|-|-|asserted|-"] },
        { "Missing: 12 | Wounded: 40 | Captured: 3", ["12|-|exact|missing|-|-|asserted|-", "40|-|exact|wounded|-|-|asserted|-", "3|-|exact|captured|-|-|asserted|-"] },
        { "Three Azerbaijani snipers were captured near Hadrut.", ["3|-|exact|captured|azerbaijani|-|asserted|-"] },
        { "Soldiers took away five civilians.", ["5|-|exact|captured|-|-|asserted|-"] },
    };

    [Theory]
    [MemberData(nameof(SeventhRoundRules))]
    public void Extract_SeventhRoundRule_GivesTheExpectedClaims(string sentence, string[] expected) =>
        Assert.Equal(expected, CountClaimExtractor.Extract([sentence], Published).Select(Describe).ToArray());

    // Invented, per rule of the eighth round (none from EighthRoundDevelopment): an answer takes its
    // question's fate; a list item's number, the step of a change and the total a label is one of are
    // no counts; "the total to N" and "of whom N" count the people before; people who never came back
    // are missing; a headline's "home" is a return; a day compared with is not the figure's.
    public static TheoryData<string, string[]> EighthRoundRules() => new()
    {
        { "Q: How many civilians are missing? A: We believe 30.", ["30|-|exact|missing|-|-|asserted|-"] },
        { "Q: How old is he? A: 21.", [] },
        { "3) killed — 12 soldiers;", ["12|-|exact|killed|-|-|asserted|-"] },
        { "The number of detainees fell by 6 to 40.", ["40|-|exact|held|-|-|asserted|-"] },
        { "Four more soldiers were wounded, bringing the total to 96.", ["4|-|exact|wounded|-|-|asserted|-", "96|-|exact|wounded|-|-|asserted|-"] },
        { "Sixty people were killed, of whom 14 were children.", ["60|-|exact|killed|-|-|asserted|-", "14|-|exact|killed|-|-|asserted|-"] },
        { "Nine scouts never came back from the patrol.", ["9|-|exact|missing|-|-|asserted|-"] },
        { "Eight prisoners home", ["8|-|exact|released|-|-|asserted|-"] },
        { "Page 3 of 40 lists the detainees.", [] },
        { "Wounded: 75 (10 more than last week).", ["75|-|exact|wounded|-|-|asserted|-"] },
        { "The court heard the case of 5 Armenian defendants.", ["5|-|exact|held|armenian|-|asserted|-"] },
        { "In Shushi 15 people went missing; in Hadrut, 22.", ["15|-|exact|missing|-|-|asserted|-", "22|-|exact|missing|-|-|asserted|-"] },
    };

    // Invented, per rule of the ninth round (none from the strangers' sets): an answer after a question
    // with no "A:" or dash, and a reported question answered by a reply verb.
    public static TheoryData<string, string[]> NinthRoundRules() => new()
    {
        { "How many villagers are still missing? Around 70, the mayor said.", ["70|-|about|missing|-|the mayor|asserted|-"] },
        { "\"How many bodies have not been identified?\" \"Twelve,\" the expert said.", ["12|-|exact|killed|-|the expert|asserted|-"] },
        { "Asked how many prisoners were still held in Baku, the lawyer answered: \"At least 30.\"", ["30|-|at_least|held|armenian|-|asserted|-"] },
        { "Asked how old he was, the boy replied: \"Twelve.\"", [] },

        // "fallen to" is a change, not a death; "the fallen" still are the dead.
        { "The number of civilians listed as missing has fallen to 88, down from 95 in November.", ["88|-|exact|missing|-|-|asserted|-"] },
        { "The fallen were buried on Sunday: 14 soldiers.", ["14|-|exact|killed|-|-|asserted|2020-12-13"] },

        // A part after "Of the N …," named by who they are shares the whole's fate; one with a fate of its own keeps it.
        { "Of the 30 detainees released on Friday, 12 are women.", ["30|-|exact|released|-|-|asserted|2020-12-11", "12|-|exact|released|-|-|asserted|2020-12-11"] },
        { "Of the 60 missing, 12 were found alive.", ["60|-|exact|missing|-|-|asserted|-"] },

        // Category words: "in … hands", "awaiting trial" (held), "were shot", "lost N" (killed; "lost
        // contact with" stays missing), "seized" by a side's troops (the other side's people).
        { "Some 25 Armenians remain in Azerbaijani hands.", ["25|-|about|held|armenian|-|asserted|-"] },
        { "Eight detainees are awaiting trial in Baku.", ["8|-|exact|held|armenian|-|asserted|-"] },
        { "Rumours that 9 prisoners were shot have been denied.", ["9|-|exact|killed|-|-|denied|-"] },
        { "The town lost 11 soldiers in the war.", ["11|-|exact|killed|-|-|asserted|-"] },
        { "The army lost contact with 11 soldiers.", ["11|-|exact|missing|-|-|asserted|-"] },
        { "Azerbaijani troops seized four farmers near Hadrut.", ["4|-|exact|captured|armenian|-|asserted|-"] },

        // "As many as" is an upper bound, as both blind authors who wrote it label it; "since" a day starts a period, no as-of day.
        { "As many as 30 civilians may have been abducted near Hadrut.", ["30|-|fewer_than|captured|-|-|asserted|-"] },
        { "Since 1 December, 44 prisoners have been released.", ["44|-|exact|released|-|-|asserted|-"] },
        { "On 1 December, 44 prisoners were released.", ["44|-|exact|released|-|-|asserted|2020-12-01"] },

        // A gapped count with only a destination after it; one of a group counts no one.
        { "Ten prisoners were flown to Baku and four to Yerevan.", ["10|-|exact|released|azerbaijani|-|asserted|-", "4|-|exact|released|armenian|-|asserted|-"] },
        { "The brother of one of the prisoners spoke to reporters.", [] },

        // People listed together share the side named after the last of them; their own side words win.
        { "Five soldiers and three civilians freed from Armenian captivity were flown to Baku.", ["5|-|exact|released|azerbaijani|-|asserted|-", "3|-|exact|released|azerbaijani|-|asserted|-"] },
        { "6 Armenian and 7 Azerbaijani soldiers were killed.", ["6|-|exact|killed|armenian|-|asserted|-", "7|-|exact|killed|azerbaijani|-|asserted|-"] },
    };

    // Invented, per rule of the tenth round (none from the strangers' sets): staying in a side's country is
    // held, being back in one is a return home; plain and colloquial nouns for people count.
    public static TheoryData<string, string[]> TenthRoundRules() => new()
    {
        { "Some 14 Azerbaijanis still remain in Armenia, the ministry said.", ["14|-|about|held|azerbaijani|the ministry|asserted|-"] },
        { "Twenty soldiers remained in Baku after the exchange.", ["20|-|exact|held|armenian|-|asserted|-"] },
        { "Seven prisoners freed on Friday are back in Azerbaijan.", ["7|-|exact|released|azerbaijani|-|asserted|2020-12-11"] },
        { "Back in October, the village lost three houses.", [] },
        { "Nine lads from the village are still missing.", ["9|-|exact|missing|-|-|asserted|-"] },
        { "Her six clients in detention have not seen their families.", ["6|-|exact|held|-|-|asserted|-"] },

        // Troops who lead people away take the other side's people; "and another was …" is one more person.
        { "Armenian soldiers led away three shepherds near the border.", ["3|-|exact|captured|azerbaijani|-|asserted|-"] },
        { "Three sappers were wounded and another was killed by a mine.", ["3|-|exact|wounded|-|-|asserted|-", "1|-|exact|killed|-|-|asserted|-"] },
        { "Another round of talks was held in Moscow.", [] },
        { "Nine enemy soldiers were eliminated near the border.", ["9|-|exact|killed|-|-|asserted|-"] },

        // A day beside a figure compared with the claim dates that figure, not the claim.
        { "The number of missing civilians now stands at 88, compared with 95 on 10 November.", ["88|-|exact|missing|-|-|asserted|-"] },
        { "On 10 November, 95 civilians were missing.", ["95|-|exact|missing|-|-|asserted|2020-11-10"] },
    };

    [Theory]
    [MemberData(nameof(TenthRoundRules))]
    public void Extract_TenthRoundRule_GivesTheExpectedClaims(string sentence, string[] expected) =>
        Assert.Equal(expected, CountClaimExtractor.Extract([sentence], Published).Select(Describe).ToArray());

    [Theory]
    [MemberData(nameof(NinthRoundRules))]
    public void Extract_NinthRoundRule_GivesTheExpectedClaims(string sentence, string[] expected) =>
        Assert.Equal(expected, CountClaimExtractor.Extract([sentence], Published).Select(Describe).ToArray());

    [Theory]
    [MemberData(nameof(EighthRoundRules))]
    public void Extract_EighthRoundRule_GivesTheExpectedClaims(string sentence, string[] expected) =>
        Assert.Equal(expected, CountClaimExtractor.Extract([sentence], Published).Select(Describe).ToArray());

    [Theory]
    [InlineData("FirstHeldOut")]
    [InlineData("SecondHeldOut")]
    [InlineData("ThirdHeldOut")]
    [InlineData("HeldOut")]
    [InlineData("SecondRoundHeldOut")]
    [InlineData("ThirdRoundHeldOut")]
    [InlineData("FourthRoundHeldOut")]
    [InlineData("SixthRoundDevelopment")]
    [InlineData("FifthRoundHeldOut")]
    [InlineData("EighthRoundDevelopment")]
    [InlineData("EighthRoundHeldOut")]
    [InlineData("NinthRoundHeldOut")]
    [InlineData("TenthRoundHeldOut")]
    public void Extract_HeldOutEnglishStatements_ReachThePrecisionAndRecallAim(string set)
    {
        // Statements written after the rules were done (TestData/Claims/*/en.tsv and README.md there).
        var score = new ClaimScore();
        foreach (var (sentence, expected) in ClaimGolden.Statements(set, "en"))
        {
            var found = CountClaimExtractor.Extract([sentence], ClaimGolden.Published).Select(ClaimGolden.Describe).ToList();
            score.Add(expected.Select(ClaimGolden.Core), found.Select(ClaimGolden.Core));
            if (!expected.SequenceEqual(found))
            {
                output.WriteLine($"{sentence}\n  expected {string.Join(" ; ", expected)}\n  found    {string.Join(" ; ", found)}");
            }
        }

        output.WriteLine($"{set} en, without the source's wording: {score}");

        // The aim is 0.95; the floor guards the measured figures (TestData/Claims/README.md).
        // FourthRoundHeldOut measured 0.879 / 0.879 once; the fifth round fixed its misses (0.970 / 0.970
        // since, as development data), and its floor guards that.
        // SixthRoundDevelopment: measured before the sixth round's changes (README.md there); its floor guards what the round reached.
        var floor = set switch
        {
            "FourthRoundHeldOut" => 0.95,
            "SixthRoundDevelopment" => 0.95,

            // Measured once after the sixth round: 0.844 / 0.730, the honest figure ("Measured once" in
            // TestData/Claims/README.md). The seventh round developed on it (0.941 / 0.865 since): a
            // development figure now; the eighth round raised it to 0.943 / 0.892, the ninth to 0.971 / 0.919,
            // which this floor guards.
            "FifthRoundHeldOut" => 0.9,

            // Measured before the eighth round's changes at 0.806 / 0.644 (README.md there); 0.951 / 0.867
            // after them, which the floor guards.
            "EighthRoundDevelopment" => 0.86,
            // A fourth blind author's set, measured once after the eighth round: 0.676 / 0.561 (the same
            // before it), the honest figure. The ninth round developed on it (0.925 / 0.902 since, with
            // "as many as" read as the set labels it): a development figure now, which this floor guards.
            "EighthRoundHeldOut" => 0.9,
            // A fifth blind author's set, measured once before and once after the ninth round: 0.760 /
            // 0.543 both times. The honest figure, far under the aim. The tenth round developed on it (0.933 /
            // 0.800 since, with police detention relabelled held): a development figure now, which the floor guards.
            "NinthRoundHeldOut" => 0.8,
            // A sixth blind author's set, measured once before and once after the tenth round: 0.806 /
            // 0.806 both times. The honest figure; the floor only keeps it from falling.
            "TenthRoundHeldOut" => 0.75,
            _ => 0.85,
        };
        Assert.True(score.Precision >= floor && score.Recall >= floor, $"{set}: {score}");
    }

    [Theory]
    [InlineData("Anna says:", "I heard 40 soldiers are still missing.", "Reply")]
    [InlineData("12 Comments", "Anna", "I heard 40 soldiers are still missing.")]
    [InlineData("About the author", "She has met 40 soldiers who went missing and came back.", "Share")]
    public void Extract_FigureInACommentThreadOrBio_IsNoClaim(string first, string second, string third)
    {
        string[] article = ["Invented headline", "The ministry said 12 soldiers were wounded.", "The talks went on.", first, second, third];

        var claims = CountClaimExtractor.Extract(article, Published);

        Assert.Equal(["12|-|exact|wounded|-|the ministry|asserted|-"], claims.Select(Describe).ToArray());
    }

    [Fact]
    public void Extract_SeveralDozen_IsVagueWithTheLeastItsWordsMean()
    {
        var claim = Assert.Single(CountClaimExtractor.Extract(["Several dozen POWs were flown home."], Published));

        Assert.Equal((ClaimValues.Vague, ClaimValues.Released), (claim.Qualifier, claim.Category));
    }

    [Theory]
    [InlineData("По словам министерства, 12 военнослужащих пропали без вести \ud800.")]
    [InlineData("По словам министерства, 12 военнослужащих пропали без вести\uFFFE.")]
    [InlineData("\udc00Նախարարության խոսքով՝ 12 զինծառայող անհետ կորել է։")]
    public void Extract_InvalidCodePointInAStatement_StillReadsTheClaim(string sentence)
    {
        // Found by the property tests: folding a word with a lone surrogate or a noncharacter threw ArgumentException.
        var claim = Assert.Single(CountClaimExtractor.Extract([sentence], Published));

        Assert.Equal((12, ClaimValues.Missing), (claim.Count, claim.Category));
    }

    [Fact]
    public void Extract_TurkishText_GivesNoClaimsRatherThanMisreadingIt()
    {
        Assert.Empty(CountClaimExtractor.Extract(["Bakanlık, 44 askerin esir alındığını ve 12 askerin yaralandığını açıkladı."], Published));
    }

    [Theory]
    [InlineData("Yesterday five soldiers were captured.", 1, 1, 1)]
    [InlineData("Last week five soldiers were captured, and on Monday three more went missing.", 1, 1, 1)]
    [InlineData("On December 14 five soldiers were captured.", 1, 1, 5)]
    [InlineData("On December 31, 2020 five soldiers were captured; a day later three more went missing.", 9999, 12, 31)]
    public void Extract_PublicationDateAtTheEndOfTheCalendar_GivesTheClaimsUndated(string sentence, int year, int month, int day)
    {
        // Found by the property tests: a page dated 0001-01-01 (or 9999-12-31) made relative
        // dates step off the calendar and threw ArgumentOutOfRangeException.
        var claims = CountClaimExtractor.Extract([sentence], new DateOnly(year, month, day));

        Assert.NotEmpty(claims);
        Assert.Contains(claims, c => c.Count == 5);
    }

    private static string Describe(CountClaim c) => ClaimGolden.Describe(c);
}
