namespace Whereabouts.Domain;

/// <summary>
/// Something that happened to many people at once and that sources count over: the fighting at
/// Hin Tagher and Khtsabert in December 2020, the clashes of November 2021, an exchange of prisoners.
/// </summary>
public sealed class Incident
{
    private readonly List<Guid> _placeIds = [];
    private readonly List<string> _parties = [];

    /// <summary>Records an incident.</summary>
    /// <exception cref="DomainRuleException">The name is empty or the end is before the start.</exception>
    public Incident(Guid id, string name, PartialDate startedOn, PartialDate? endedOn = null, string? description = null)
    {
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Name = null!;
        StartedOn = null!;
        Revise(name, startedOn, endedOn, description);
    }

    // For the storage layer.
    private Incident()
    {
        Name = null!;
        StartedOn = null!;
    }

    /// <summary>The incident's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>A short name ("Fighting at Hin Tagher and Khtsabert").</summary>
    public string Name { get; private set; }

    /// <summary>When it began.</summary>
    public PartialDate StartedOn { get; private set; }

    /// <summary>When it ended, or null for a one-day or ongoing incident.</summary>
    public PartialDate? EndedOn { get; private set; }

    /// <summary>What happened, in the recorder's words.</summary>
    public string? Description { get; private set; }

    /// <summary>The places it happened at.</summary>
    public IReadOnlyList<Guid> PlaceIds => _placeIds;

    /// <summary>The parties involved, in words ("Armenian forces", "Russian peacekeepers", "ICRC").</summary>
    public IReadOnlyList<string> Parties => _parties;

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>Changes name, dates and description.</summary>
    /// <exception cref="DomainRuleException">The name is empty or the end is before the start.</exception>
    public void Revise(string name, PartialDate startedOn, PartialDate? endedOn, string? description)
    {
        var named = TextValue.OrNull(name) ?? throw new DomainRuleException("incident.name-required", "An incident needs a name.");

        ArgumentNullException.ThrowIfNull(startedOn);
        if (endedOn is not null && endedOn.IsDefinitelyBefore(startedOn))
        {
            throw new DomainRuleException("incident.dates", $"An incident cannot end ({endedOn}) before it starts ({startedOn}).");
        }

        Name = named;
        StartedOn = startedOn;
        EndedOn = endedOn;
        Description = TextValue.OrNull(description);
    }

    /// <summary>Adds a place; a place already listed changes nothing.</summary>
    public void AddPlace(Guid placeId)
    {
        if (placeId != Guid.Empty && !_placeIds.Contains(placeId))
        {
            _placeIds.Add(placeId);
        }
    }

    /// <summary>Adds a party; a party already listed (ignoring case) changes nothing.</summary>
    public void AddParty(string party)
    {
        if (string.IsNullOrWhiteSpace(party))
        {
            throw new DomainRuleException("incident.party", "A party needs a name.");
        }

        var trimmed = party.Trim();
        if (!_parties.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            _parties.Add(trimmed);
        }
    }
}
