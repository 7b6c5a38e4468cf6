using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// The demo sources. Two kinds: summaries of the public statements the count claims come from,
/// written in our own words and without addresses; and invented documents (lists, reports, a
/// video, court papers) that the invented people's evidence cites. Invented people's fates never
/// cite a summary of a real statement, so no real document is made to say something it did not.
/// </summary>
internal sealed class DemoSources
{
    /// <summary>The note on every summary of a public statement.</summary>
    public const string SummaryNote = "Demo record: a summary written for Whereabouts in our own words, not the original text.";

    /// <summary>The note on every invented source.</summary>
    public const string InventedNote = "Invented for the Whereabouts demo: no such document exists.";

    private readonly List<Source> _all = [];

    public DemoSources()
    {
        // Summaries of public statements: what the count claims are read from.
        MinistryHadrut = Summary("source/mod-armenia-hadrut-missing", SourceKind.OfficialStatement,
            "Ministry of Defence statement on servicemen missing in Hadrut region",
            "Ministry of Defence of Armenia", PartialDate.OfMonth(2020, 12), Reliability.B);
        OmbudsmanHadrut = Summary("source/ombudsman-hadrut-missing", SourceKind.OfficialStatement,
            "Ombudsman of Nagorno-Karabakh on servicemen missing near Hin Tagher and Khtsabert",
            "Human Rights Defender of Nagorno-Karabakh", PartialDate.OfMonth(2020, 12), Reliability.B);
        PresidentHadrut = Summary("source/president-hadrut-prisoners", SourceKind.OfficialStatement,
            "Statement of the Karabakh president on servicemen taken prisoner in Hadrut region",
            "President of Nagorno-Karabakh", PartialDate.OfMonth(2020, 12), Reliability.C);
        WoundedHadrut = Summary("source/report-hadrut-wounded", SourceKind.NewsArticle,
            "News report on Armenian soldiers wounded in the attack in Hadrut region",
            null, PartialDate.OfMonth(2020, 12), Reliability.C);
        PeacekeeperMaps = Summary("source/peacekeeper-maps-hadrut", SourceKind.Other,
            "Russian peacekeepers' maps of the Hadrut area, revised twice within two days",
            "Ministry of Defence of Russia", PartialDate.OfMonth(2020, 12), Reliability.C);
        PeacekeeperMap13 = Summary("source/peacekeeper-map-2020-12-13", SourceKind.Other,
            "Russian peacekeepers' map of their zone of responsibility, 13 December 2020",
            "Ministry of Defence of Russia", PartialDate.OfDay(2020, 12, 13), Reliability.C);
        PeacekeeperMap14 = Summary("source/peacekeeper-map-2020-12-14", SourceKind.Other,
            "Russian peacekeepers' map of their zone of responsibility, 14 December 2020",
            "Ministry of Defence of Russia", PartialDate.OfDay(2020, 12, 14), Reliability.C);
        ExchangeReport2020 = Summary("source/report-exchange-2020-12-14", SourceKind.NewsArticle,
            "News report on the prisoner exchange of 14 December 2020",
            null, PartialDate.OfMonth(2020, 12), Reliability.B);
        EchrReport = Summary("source/report-echr-interim-measures", SourceKind.NewsArticle,
            "News report on families' requests to the European Court of Human Rights for interim measures",
            null, PartialDate.OfMonth(2020, 12), Reliability.B);
        ProsecutorDesecration = Summary("source/prosecutor-azerbaijan-desecration", SourceKind.OfficialStatement,
            "Prosecutor's statement on charges against four Azerbaijani servicemen over desecration",
            "Prosecutor General's Office of Azerbaijan", PartialDate.OfMonth(2020, 12), Reliability.B);
        MinistryArmeniaClashes = Summary("source/mod-armenia-clashes-2021", SourceKind.OfficialStatement,
            "Ministry of Defence statement on Armenian servicemen killed on 16 November 2021",
            "Ministry of Defence of Armenia", PartialDate.OfMonth(2021, 11), Reliability.B);
        MinistryAzerbaijanClashes = Summary("source/mod-azerbaijan-clashes-2021", SourceKind.OfficialStatement,
            "Ministry of Defence statement on Azerbaijani servicemen killed on 16 November 2021",
            "Ministry of Defence of Azerbaijan", PartialDate.OfMonth(2021, 11), Reliability.B);
        CapturedReport2021 = Summary("source/report-captured-2021-11", SourceKind.NewsArticle,
            "News report on Armenian servicemen captured in the clashes of November 2021",
            null, PartialDate.OfMonth(2021, 11), Reliability.B);
        ExchangeReport2021 = Summary("source/report-exchange-2021-12-04", SourceKind.NewsArticle,
            "News report on the return of ten servicemen on 4 December 2021 in exchange for minefield maps",
            null, PartialDate.OfMonth(2021, 12), Reliability.B);
        StillHeldEstimates = Summary("source/report-still-held-estimates", SourceKind.NewsArticle,
            "News report on rights groups' estimates of Armenians still held",
            null, PartialDate.OfMonth(2021, 12), Reliability.C);

        // Invented documents: what the invented people's name forms and fates rest on.
        FamilyReportsWar = Invented("source/invented/family-reports-war", SourceKind.FamilyReport,
            "Family reports on servicemen missing since the 44-day war (invented)",
            "Demo ombudsman office (invented)", PartialDate.OfMonth(2020, 11), Reliability.C);
        FamilyReportsHadrut = Invented("source/invented/family-reports-hadrut", SourceKind.FamilyReport,
            "Family reports received by the demo ombudsman office on servicemen missing near Hin Tagher and Khtsabert (invented)",
            "Demo ombudsman office (invented)", PartialDate.OfMonth(2020, 12), Reliability.C);
        FamilyReportsCivilians = Invented("source/invented/family-reports-civilians", SourceKind.FamilyReport,
            "Family and neighbour reports on civilians of Hadrut region (invented)",
            "Demo ombudsman office (invented)", PartialDate.OfMonth(2020, 10), Reliability.C);
        FamilyReports2021 = Invented("source/invented/family-reports-2021", SourceKind.FamilyReport,
            "Family reports on servicemen missing after the clashes of November 2021 (invented)",
            "Demo ombudsman office (invented)", PartialDate.OfMonth(2021, 11), Reliability.C);
        FamilyReportsAzerbaijani = Invented("source/invented/family-reports-azerbaijani", SourceKind.FamilyReport,
            "Family reports received by the demo commission desk on missing Azerbaijani servicemen (invented)",
            "Demo commission desk (invented)", PartialDate.OfMonth(2020, 11), Reliability.C);
        ArmenianRosters = Invented("source/invented/rosters-armenian", SourceKind.List,
            "Unit rosters of Armenian servicemen (invented demo list)",
            null, PartialDate.OfYear(2020), Reliability.B);
        AzerbaijaniRosters = Invented("source/invented/rosters-azerbaijani", SourceKind.List,
            "Unit rosters of Azerbaijani servicemen (invented demo list)",
            null, PartialDate.OfYear(2020), Reliability.B);
        VillageLists = Invented("source/invented/village-lists-hadrut", SourceKind.List,
            "Village council lists of residents of Hadrut region (invented demo list)",
            null, PartialDate.OfYear(2019), Reliability.B);
        PeacekeeperSearchList = Invented("source/invented/peacekeeper-search-list", SourceKind.List,
            "Russian-language search list of missing persons kept by the peacekeepers (invented demo list)",
            null, PartialDate.OfMonth(2020, 12), Reliability.B);
        DetainingSideList2020 = Invented("source/invented/detaining-side-list-2020", SourceKind.List,
            "List of captured Armenians published by the detaining side (invented demo list)",
            null, PartialDate.OfMonth(2020, 12), Reliability.D);
        DetainingSideListAzerbaijanis = Invented("source/invented/detaining-side-list-azerbaijanis", SourceKind.List,
            "List of captured Azerbaijanis published by the detaining side (invented demo list)",
            null, PartialDate.OfMonth(2020, 11), Reliability.D);
        DetainingSideList2021 = Invented("source/invented/detaining-side-list-2021", SourceKind.List,
            "List of Armenian servicemen captured on 16 November 2021, published by the detaining side (invented demo list)",
            null, PartialDate.OfMonth(2021, 11), Reliability.D);
        CaptiveVideos = Invented("source/invented/captive-videos", SourceKind.Video,
            "Unverified videos of captured servicemen shared online (invented)",
            null, PartialDate.OfYear(2020), Reliability.F);
        IcrcList2020 = Invented("source/invented/icrc-list-2020", SourceKind.IcrcCommunication,
            "ICRC list of confirmed captives (invented demo list)",
            null, PartialDate.OfMonth(2020, 12), Reliability.A);
        IcrcList2021 = Invented("source/invented/icrc-list-2021", SourceKind.IcrcCommunication,
            "ICRC list of confirmed captives, November 2021 (invented demo list)",
            null, PartialDate.OfMonth(2021, 11), Reliability.A);
        FlightManifest2020 = Invented("source/invented/flight-manifest-2020-12-14", SourceKind.List,
            "Flight manifest of 14 December 2020 (invented demo list)",
            null, PartialDate.OfDay(2020, 12, 14), Reliability.A);
        HandoverToAzerbaijan2020 = Invented("source/invented/handover-2020-12-14", SourceKind.List,
            "Handover list of the people transferred to Azerbaijan on 14 December 2020 (invented demo list)",
            null, PartialDate.OfDay(2020, 12, 14), Reliability.A);
        Handover2021 = Invented("source/invented/handover-2021-12-04", SourceKind.List,
            "Handover list of 4 December 2021 (invented demo list)",
            null, PartialDate.OfDay(2021, 12, 4), Reliability.A);
        EchrApplications = Invented("source/invented/echr-applications", SourceKind.CourtDocument,
            "Requests to the European Court of Human Rights for interim measures (invented demo document)",
            null, PartialDate.OfMonth(2020, 12), Reliability.B);
        CourtRecords = Invented("source/invented/court-records", SourceKind.CourtDocument,
            "Indictments and judgments of the detaining state's courts in cases against Armenian detainees (invented demo document)",
            null, PartialDate.OfYear(2021), Reliability.A);
        FellowSoldiers = Invented("source/invented/fellow-soldiers", SourceKind.Other,
            "Statements of fellow servicemen taken by caseworkers (invented)",
            "Demo ombudsman office (invented)", PartialDate.OfMonth(2020, 12), Reliability.C);
        SearchReports = Invented("source/invented/search-reports", SourceKind.List,
            "Reports on remains recovered during searches after the war (invented demo list)",
            null, PartialDate.OfYear(2021), Reliability.B);
        DetainingSideReplies = Invented("source/invented/detaining-side-replies", SourceKind.Other,
            "Replies of the detaining side to enquiries about detainees (invented demo document)",
            null, PartialDate.OfYear(2021), Reliability.C);
        ForensicReports = Invented("source/invented/forensic-reports-armenian", SourceKind.List,
            "Forensic identification reports on Armenian servicemen (invented demo list)",
            null, PartialDate.OfYear(2021), Reliability.A);
        ForensicReportsAzerbaijani = Invented("source/invented/forensic-reports-azerbaijani", SourceKind.List,
            "Forensic identification reports on Azerbaijani servicemen (invented demo list)",
            null, PartialDate.OfYear(2021), Reliability.A);
        CaseworkerNotes = Invented("source/invented/caseworker-notes", SourceKind.Other,
            "Caseworkers' follow-up notes (invented)",
            "Demo ombudsman office (invented)", PartialDate.OfYear(2021), Reliability.B);
        CasualtiesArmenian2021 = Invented("source/invented/casualties-armenian-2021", SourceKind.List,
            "Casualty notifications of 16 November 2021, Armenian side (invented demo list)",
            null, PartialDate.OfMonth(2021, 11), Reliability.A);
        CasualtiesAzerbaijani2021 = Invented("source/invented/casualties-azerbaijani-2021", SourceKind.List,
            "Casualty notifications of 16 November 2021, Azerbaijani side (invented demo list)",
            null, PartialDate.OfMonth(2021, 11), Reliability.A);
        DiasporaAppeal = Invented("source/invented/diaspora-appeal", SourceKind.NewsArticle,
            "Diaspora newspaper appeal listing missing servicemen (invented)",
            null, PartialDate.OfMonth(2021, 1), Reliability.D);
    }

    public Source MinistryHadrut { get; }

    public Source OmbudsmanHadrut { get; }

    public Source PresidentHadrut { get; }

    public Source WoundedHadrut { get; }

    public Source PeacekeeperMaps { get; }

    /// <summary>The map of 13 December 2020: Hin Tagher and Khtsabert inside the patrolled strip.</summary>
    public Source PeacekeeperMap13 { get; }

    /// <summary>The map of 14 December 2020: both villages outside it.</summary>
    public Source PeacekeeperMap14 { get; }

    public Source ExchangeReport2020 { get; }

    public Source EchrReport { get; }

    public Source ProsecutorDesecration { get; }

    public Source MinistryArmeniaClashes { get; }

    public Source MinistryAzerbaijanClashes { get; }

    public Source CapturedReport2021 { get; }

    public Source ExchangeReport2021 { get; }

    public Source StillHeldEstimates { get; }

    public Source FamilyReportsWar { get; }

    public Source FamilyReportsHadrut { get; }

    public Source FamilyReportsCivilians { get; }

    public Source FamilyReports2021 { get; }

    public Source FamilyReportsAzerbaijani { get; }

    public Source ArmenianRosters { get; }

    public Source AzerbaijaniRosters { get; }

    public Source VillageLists { get; }

    public Source PeacekeeperSearchList { get; }

    public Source DetainingSideList2020 { get; }

    public Source DetainingSideListAzerbaijanis { get; }

    public Source DetainingSideList2021 { get; }

    public Source CaptiveVideos { get; }

    public Source IcrcList2020 { get; }

    public Source IcrcList2021 { get; }

    public Source FlightManifest2020 { get; }

    public Source HandoverToAzerbaijan2020 { get; }

    public Source Handover2021 { get; }

    public Source EchrApplications { get; }

    public Source CourtRecords { get; }

    public Source FellowSoldiers { get; }

    public Source SearchReports { get; }

    public Source DetainingSideReplies { get; }

    public Source ForensicReports { get; }

    public Source ForensicReportsAzerbaijani { get; }

    public Source CaseworkerNotes { get; }

    public Source CasualtiesArmenian2021 { get; }

    public Source CasualtiesAzerbaijani2021 { get; }

    public Source DiasporaAppeal { get; }

    public IReadOnlyList<Source> All => _all;

    private Source Summary(string key, SourceKind kind, string title, string? publisher, PartialDate publishedOn, Reliability reliability) =>
        Add(key, new SourceDetails(kind, title, publisher, PublishedOn: publishedOn, Reliability: reliability, Notes: SummaryNote));

    private Source Invented(string key, SourceKind kind, string title, string? publisher, PartialDate publishedOn, Reliability reliability) =>
        Add(key, new SourceDetails(kind, title, publisher, PublishedOn: publishedOn, Reliability: reliability, Notes: InventedNote));

    private Source Add(string key, SourceDetails details)
    {
        var source = new Source(DemoIds.For(key), details);
        _all.Add(source);
        return source;
    }
}
