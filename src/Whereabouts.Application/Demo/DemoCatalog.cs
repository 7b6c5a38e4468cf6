using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// The demo data set, built in memory from code: a gazetteer, the incidents of 2020–2021, the
/// sources, the count claims of docs/domain.md, about two hundred invented people with name
/// forms in three scripts and fate histories that follow the events, and the two exchanges.
/// </summary>
/// <remarks>
/// <para><see cref="Build"/> is deterministic: every call gives the same records with the same IDs
/// (see <see cref="DemoIds"/>) and the same content, so a loader can insert only the records that
/// are missing and never duplicate one. Randomness comes from a fixed seed.</para>
/// <para>Every person is invented (<see cref="Person.IsInvented"/>) and every document their
/// evidence cites says "invented" in its title. The public statements behind the count claims are
/// summaries in our own words, without addresses.</para>
/// </remarks>
public sealed class DemoCatalog
{
    /// <summary>Who recorded the demo records.</summary>
    public const string RecordedBy = "demo";

    private DemoCatalog(
        IReadOnlyList<Place> places,
        IReadOnlyList<Incident> incidents,
        IReadOnlyList<Source> sources,
        IReadOnlyList<CountClaim> claims,
        IReadOnlyList<Person> people,
        DemoLegalCases legal,
        IReadOnlyList<Exchange> exchanges,
        DemoCaptivity captivity,
        IReadOnlyList<PlaceControl> control)
    {
        Places = places;
        Incidents = incidents;
        Sources = sources;
        Claims = claims;
        People = people;
        LegalCases = legal.Cases;
        Notifications = legal.Notifications;
        Exchanges = exchanges;
        CaptivityEvents = captivity.Events;
        Parties = DemoParties.Create();
        PlaceControls = control;
    }

    /// <summary>When the demo records were recorded: a fixed instant, so rebuilding changes nothing.</summary>
    public static DateTimeOffset RecordedAt { get; } = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The gazetteer, parents before the places that lie in them.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>The two parties to the conflict, Armenia (<c>armenian</c>) and Azerbaijan (<c>azerbaijani</c>).</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>The war, the fighting at Hin Tagher and Khtsabert, the 2021 clashes and the two exchanges.</summary>
    public IReadOnlyList<Incident> Incidents { get; }

    /// <summary>Summaries of public statements, then invented documents.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The count claims, each on one of <see cref="Sources"/>.</summary>
    public IReadOnlyList<CountClaim> Claims { get; }

    /// <summary>The invented people.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The invented requests to the ECHR and trials in the detaining state, with their proceedings.</summary>
    public IReadOnlyList<LegalCase> LegalCases { get; }

    /// <summary>What a few of the invented families were told.</summary>
    public IReadOnlyList<FamilyNotification> Notifications { get; }

    /// <summary>The exchanges of 14 December 2020 and 4 December 2021, with the invented people who went each way.</summary>
    public IReadOnlyList<Exchange> Exchanges { get; }

    /// <summary>What the detaining side did for the captives: notifications on time, late or never, visits, capture cards (<see cref="DemoCaptivity"/>).</summary>
    public IReadOnlyList<CaptivityEvent> CaptivityEvents { get; }

    /// <summary>Who held Hin Tagher and Khtsabert on 13 and on 14 December 2020, by the peacekeepers' two maps (<see cref="DemoControl"/>).</summary>
    public IReadOnlyList<PlaceControl> PlaceControls { get; }

    /// <summary>Builds the demo data; the same records, IDs and content on every call.</summary>
    public static DemoCatalog Build()
    {
        var places = new DemoPlaces();
        var incidents = new DemoIncidents(places);
        var sources = new DemoSources();
        var claims = DemoClaims.Create(sources, incidents);
        var invented = new DemoPeople(places, incidents, sources);
        var people = invented.Create();
        var legal = new DemoLegalCases(sources, people);
        var exchanges = DemoExchanges.Create(sources, incidents, invented);
        return new DemoCatalog(places.All, incidents.All, sources.All, claims, people, legal, exchanges, new DemoCaptivity(sources, people), DemoControl.Create(places, sources));
    }
}
