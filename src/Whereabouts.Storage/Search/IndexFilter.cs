using Whereabouts.Domain;

namespace Whereabouts.Storage.Search;

/// <summary>
/// What an identity's index entry (<see cref="PersonIndexEntry"/>) must say for a search to list it;
/// every part is optional.
/// </summary>
/// <param name="Fate">Only identities whose current fate is this.</param>
/// <param name="Side">Only identities of the party with this slug (already normalised).</param>
/// <param name="NoSide">Only identities of no recorded party (then <paramref name="Side"/> is ignored).</param>
/// <param name="IncidentId">Only identities one of whose records has a fate assertion about this incident.</param>
/// <param name="Contested">Only identities whose fate is contested (true) or not (false).</param>
public sealed record IndexFilter(FateStatus? Fate, string? Side, bool NoSide, Guid? IncidentId, bool? Contested)
{
    /// <summary>Whether the filter asks for anything.</summary>
    public bool IsEmpty => Fate is null && Side is null && !NoSide && IncidentId is null && Contested is null;
}
