using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// The two demo exchanges, with the invented people who went each way: 14 December 2020 (44
/// Armenians flown to Armenia on a Russian aircraft, 14 people transferred to Azerbaijan, with the
/// ICRC) and 4 December 2021 (ten Armenians for maps of minefields). Recording each moves its
/// people on to repatriated, as <see cref="Exchanges.ExchangeRecorder"/> does for a caseworker.
/// </summary>
/// <remarks>The announced totals are the demo count claims on each exchange's incident. Families said
/// Armenians were still held after each exchange: the demo people captured at Hin Tagher and
/// Khtsabert, and 22 of the 32 captured in November 2021, are in no exchange.</remarks>
internal static class DemoExchanges
{
    public static IReadOnlyList<Exchange> Create(DemoSources sources, DemoIncidents incidents, DemoPeople people)
    {
        var exchange2020 = new Exchange(
            DemoIds.For("exchange/2020-12-14"),
            new ExchangeDetails(
                PartialDate.OfDay(2020, 12, 14),
                ExchangeTerms.AllForAll,
                "The first exchange under the ceasefire's pledge of all for all; both governments called it complete.",
                Route: "Armenians flown to Armenia on a Russian aircraft; the others transferred to Azerbaijan",
                Parties: ["Armenia", "Azerbaijan"],
                Mediators: ["ICRC", "Russia"],
                IncidentId: incidents.Exchange2020.Id),
            [sources.FlightManifest2020.Id, sources.HandoverToAzerbaijan2020.Id, sources.ExchangeReport2020.Id],
            [
                .. people.ReturnedToArmenia2020.Select(p => new ExchangeTransfer(p.Id, DemoParties.Azerbaijani, DemoParties.Armenian)),
                .. people.ReturnedToAzerbaijan2020.Select(p => new ExchangeTransfer(p.Id, DemoParties.Armenian, DemoParties.Azerbaijani, SourceId: sources.HandoverToAzerbaijan2020.Id)),
            ],
            DemoCatalog.RecordedBy,
            DemoCatalog.RecordedAt);

        var exchange2021 = new Exchange(
            DemoIds.For("exchange/2021-12-04"),
            new ExchangeDetails(
                PartialDate.OfDay(2021, 12, 4),
                ExchangeTerms.PrisonersForMinefieldMaps,
                "Ten servicemen captured in November 2021 returned in return for maps of minefields.",
                Parties: ["Armenia", "Azerbaijan"],
                Mediators: ["Russia"],
                IncidentId: incidents.Exchange2021.Id),
            [sources.Handover2021.Id, sources.ExchangeReport2021.Id],
            [.. people.ReturnedToArmenia2021.Select(p => new ExchangeTransfer(p.Id, DemoParties.Azerbaijani, DemoParties.Armenian))],
            DemoCatalog.RecordedBy,
            DemoCatalog.RecordedAt);

        var byId = people.ReturnedToArmenia2020.Concat(people.ReturnedToAzerbaijan2020).Concat(people.ReturnedToArmenia2021).ToDictionary(p => p.Id);
        foreach (var exchange in new[] { exchange2020, exchange2021 })
        {
            foreach (var transfer in exchange.Transfers)
            {
                var person = byId[transfer.PersonId];
                var id = DemoIds.For(string.Create(CultureInfo.InvariantCulture, $"fate/{person.Id:N}/{person.FateAssertions.Count + 1}"));
                person.AssertFate(exchange.AssertionFor(person, id, Credibility.Confirmed));
            }
        }

        return [exchange2020, exchange2021];
    }
}
