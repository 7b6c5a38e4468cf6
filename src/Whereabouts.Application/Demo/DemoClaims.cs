using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// The demo count claims: the figures of docs/domain.md, each on the source it was read from,
/// with the sentence paraphrased in our own words. They disagree on purpose: the registry keeps
/// every figure side by side, the denied one included.
/// </summary>
internal static class DemoClaims
{
    private const string MinistryOfArmenia = "Ministry of Defence of Armenia";

    public static IReadOnlyList<CountClaim> Create(DemoSources sources, DemoIncidents incidents)
    {
        var december2020 = PartialDate.OfMonth(2020, 12);
        var exchange2020 = PartialDate.OfDay(2020, 12, 14);
        var clash2021 = PartialDate.OfDay(2021, 11, 16);
        var hadrut = incidents.HinTagherFighting.Id;
        var clashes = incidents.Clashes2021.Id;

        return
        [
            Claim("claim/hadrut-171-denied", new(
                sources.MinistryHadrut.Id, 171, null, CountQualifier.Exact, CountCategory.Missing, DemoParties.Armenian,
                hadrut, null, december2020, ClaimStatus.Denied, MinistryOfArmenia,
                "The ministry rejected as untrue the figure of 171 missing servicemen that had been going around.")),
            Claim("claim/hadrut-73-unknown", new(
                sources.MinistryHadrut.Id, 73, null, CountQualifier.Exact, CountCategory.Missing, DemoParties.Armenian,
                hadrut, null, december2020, ClaimStatus.Asserted, MinistryOfArmenia,
                "According to the ministry, what became of 73 servicemen had not been established.")),
            Claim("claim/hadrut-about-60-missing", new(
                sources.OmbudsmanHadrut.Id, 60, null, CountQualifier.About, CountCategory.Missing, DemoParties.Armenian,
                hadrut, null, december2020, ClaimStatus.Asserted, "Ombudsman of Nagorno-Karabakh",
                "The ombudsman put the number of servicemen missing after the fighting at roughly sixty.")),
            Claim("claim/hadrut-several-dozen-captured", new(
                sources.PresidentHadrut.Id, null, null, CountQualifier.Vague, CountCategory.Captured, DemoParties.Armenian,
                hadrut, null, december2020, ClaimStatus.Asserted, "President of Nagorno-Karabakh",
                "The president said that several dozen servicemen had been taken prisoner.")),
            Claim("claim/hadrut-6-wounded", new(
                sources.WoundedHadrut.Id, 6, null, CountQualifier.Exact, CountCategory.Wounded, DemoParties.Armenian,
                hadrut, null, december2020, ClaimStatus.Asserted, null,
                "Six Armenian soldiers were reported wounded in the attack.")),
            Claim("claim/exchange-2020-44-returned", new(
                sources.ExchangeReport2020.Id, 44, null, CountQualifier.Exact, CountCategory.Released, DemoParties.Armenian,
                incidents.Exchange2020.Id, null, exchange2020, ClaimStatus.Asserted, null,
                "Forty-four prisoners were flown to Armenia aboard a Russian aircraft.")),
            Claim("claim/exchange-2020-14-transferred", new(
                sources.ExchangeReport2020.Id, 14, null, CountQualifier.Exact, CountCategory.Released, DemoParties.Azerbaijani,
                incidents.Exchange2020.Id, null, exchange2020, ClaimStatus.Asserted, null,
                "Fourteen people went the other way, to Azerbaijan, in the same exchange.")),
            Claim("claim/echr-nearly-40-held", new(
                sources.EchrReport.Id, 40, null, CountQualifier.About, CountCategory.Held, DemoParties.Armenian,
                null, null, december2020, ClaimStatus.Asserted, "Lawyers for the families",
                "Lawyers acting for the families of close to forty prisoners asked the court for urgent interim measures.")),
            Claim("claim/desecration-4-charged", new(
                sources.ProsecutorDesecration.Id, 4, null, CountQualifier.Exact, CountCategory.Arrested, DemoParties.Azerbaijani,
                null, null, december2020, ClaimStatus.Asserted, "Prosecutor General's Office of Azerbaijan",
                "The prosecutor brought charges against four of the country's own servicemen over acts of desecration.")),
            Claim("claim/clashes-2021-6-armenians-killed", new(
                sources.MinistryArmeniaClashes.Id, 6, null, CountQualifier.Exact, CountCategory.Killed, DemoParties.Armenian,
                clashes, null, clash2021, ClaimStatus.Asserted, MinistryOfArmenia,
                "The ministry reported six of its soldiers killed in the clashes.")),
            Claim("claim/clashes-2021-7-azerbaijanis-killed", new(
                sources.MinistryAzerbaijanClashes.Id, 7, null, CountQualifier.Exact, CountCategory.Killed, DemoParties.Azerbaijani,
                clashes, null, clash2021, ClaimStatus.Asserted, "Ministry of Defence of Azerbaijan",
                "The ministry reported seven of its soldiers killed in the clashes.")),
            Claim("claim/clashes-2021-more-than-30-captured", new(
                sources.CapturedReport2021.Id, 30, null, CountQualifier.MoreThan, CountCategory.Captured, DemoParties.Armenian,
                clashes, null, PartialDate.OfMonth(2021, 11), ClaimStatus.Asserted, null,
                "Upwards of thirty Armenian servicemen were taken prisoner in the fighting.")),
            Claim("claim/clashes-2021-32-captured", new(
                sources.ExchangeReport2021.Id, 32, null, CountQualifier.Exact, CountCategory.Captured, DemoParties.Armenian,
                clashes, null, PartialDate.OfMonth(2021, 11), ClaimStatus.Asserted, null,
                "Thirty-two Armenian servicemen had been captured in the November clashes.")),
            Claim("claim/exchange-2021-10-returned", new(
                sources.ExchangeReport2021.Id, 10, null, CountQualifier.Exact, CountCategory.Released, DemoParties.Armenian,
                incidents.Exchange2021.Id, null, PartialDate.OfDay(2021, 12, 4), ClaimStatus.Asserted, null,
                "Ten of them were sent home in return for maps of minefields.")),
            Claim("claim/still-held-40-to-140", new(
                sources.StillHeldEstimates.Id, 40, 140, CountQualifier.Range, CountCategory.Held, DemoParties.Armenian,
                null, null, PartialDate.OfMonth(2021, 12), ClaimStatus.Asserted, "Rights groups",
                "Estimates of the number of Armenians still in captivity went from 40 up to 140.")),
        ];
    }

    private static CountClaim Claim(string key, CountClaimDetails details) =>
        new(DemoIds.For(key), details, DemoCatalog.RecordedBy, DemoCatalog.RecordedAt);
}
