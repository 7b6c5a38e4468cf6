using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>The demo incidents: the war, the fighting in the Hadrut region, the clashes of 2021 and
/// the two exchanges, described in our own words.</summary>
internal sealed class DemoIncidents
{
    public DemoIncidents(DemoPlaces places)
    {
        War = new Incident(
            DemoIds.For("incident/44-day-war"),
            "The 44-day war",
            PartialDate.OfDay(2020, 9, 27),
            PartialDate.OfDay(2020, 11, 10),
            "Full-scale war over Nagorno-Karabakh, ended by the trilateral ceasefire that took effect on 9–10 November 2020.");
        War.AddPlace(places.Karabakh.Id);
        War.AddPlace(places.HadrutRegion.Id);
        War.AddParty("Armed Forces of Azerbaijan");
        War.AddParty("Armed Forces of Armenia");
        War.AddParty("Defence Army of Nagorno-Karabakh");

        HinTagherFighting = new Incident(
            DemoIds.For("incident/hin-tagher-khtsabert"),
            "Fighting at Hin Tagher and Khtsabert",
            PartialDate.OfDay(2020, 12, 11),
            PartialDate.OfDay(2020, 12, 13).Approximately(),
            "Fighting resumed around the two Hadrut-region villages still held by Armenian forces after the ceasefire; "
            + "Azerbaijani forces took both, contact with several Armenian units was lost, and Russian peacekeepers "
            + "moved in and searched for the missing.");
        HinTagherFighting.AddPlace(places.HinTagher.Id);
        HinTagherFighting.AddPlace(places.Khtsabert.Id);
        HinTagherFighting.AddPlace(places.HadrutRegion.Id);
        HinTagherFighting.AddParty("Armenian forces");
        HinTagherFighting.AddParty("Azerbaijani forces");
        HinTagherFighting.AddParty("Russian peacekeepers");

        Exchange2020 = new Incident(
            DemoIds.For("incident/exchange-2020-12-14"),
            "Prisoner exchange of 14 December 2020",
            PartialDate.OfDay(2020, 12, 14),
            null,
            "Forty-four Armenian prisoners were flown to Armenia on a Russian aircraft and fourteen people were "
            + "transferred to Azerbaijan; the captures had been confirmed by the ICRC beforehand. Both governments "
            + "called the exchange complete; families and the ombudsman said Armenians were still held.");
        Exchange2020.AddPlace(places.Armenia.Id);
        Exchange2020.AddPlace(places.Azerbaijan.Id);
        Exchange2020.AddParty("Armenia");
        Exchange2020.AddParty("Azerbaijan");
        Exchange2020.AddParty("ICRC");
        Exchange2020.AddParty("Russia");

        Clashes2021 = new Incident(
            DemoIds.For("incident/clashes-2021-11-16"),
            "Border clashes of 16 November 2021",
            PartialDate.OfDay(2021, 11, 16),
            null,
            "Clashes on the border of Armenia's Syunik province killed six Armenian and seven Azerbaijani soldiers; "
            + "more than thirty Armenian servicemen were captured.");
        Clashes2021.AddPlace(places.Syunik.Id);
        Clashes2021.AddParty("Armed Forces of Armenia");
        Clashes2021.AddParty("Armed Forces of Azerbaijan");

        Exchange2021 = new Incident(
            DemoIds.For("incident/exchange-2021-12-04"),
            "Exchange of 4 December 2021",
            PartialDate.OfDay(2021, 12, 4),
            null,
            "Ten Armenian servicemen captured in November 2021 were returned in exchange for maps of minefields.");
        Exchange2021.AddPlace(places.Armenia.Id);
        Exchange2021.AddParty("Armenia");
        Exchange2021.AddParty("Azerbaijan");
        Exchange2021.AddParty("Russia");

        All = [War, HinTagherFighting, Exchange2020, Clashes2021, Exchange2021];
    }

    public Incident War { get; }

    public Incident HinTagherFighting { get; }

    public Incident Exchange2020 { get; }

    public Incident Clashes2021 { get; }

    public Incident Exchange2021 { get; }

    public IReadOnlyList<Incident> All { get; }
}
