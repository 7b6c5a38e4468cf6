namespace Whereabouts.Domain;

/// <summary>
/// A gazetteer entry: one place with all its names, in every script and spelling the sources use,
/// where it is, and what it lies in.
/// </summary>
/// <remarks>The first name is the one shown; the others are equally valid and are what searches and
/// article mentions are matched against.</remarks>
public sealed class Place
{
    private readonly List<PlaceName> _names = [];

    /// <summary>Registers a place.</summary>
    /// <exception cref="DomainRuleException">No names are given, or the place is its own parent.</exception>
    public Place(Guid id, PlaceKind kind, IEnumerable<PlaceName> names, Coordinates? coordinates = null, Guid? parentId = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        foreach (var name in names)
        {
            AddName(name);
        }

        if (_names.Count == 0)
        {
            throw new DomainRuleException("place.name-required", "A place needs at least one name.");
        }

        Relocate(kind, coordinates, parentId);
    }

    // For the storage layer.
    private Place()
    {
    }

    /// <summary>The place's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>What kind of place it is.</summary>
    public PlaceKind Kind { get; private set; }

    /// <summary>Every name, the one shown first.</summary>
    public IReadOnlyList<PlaceName> Names => _names;

    /// <summary>The name shown.</summary>
    public PlaceName PrimaryName => _names[0];

    /// <summary>Where it is, or null when not known.</summary>
    public Coordinates? Coordinates { get; private set; }

    /// <summary>The region or country it lies in, or null.</summary>
    public Guid? ParentId { get; private set; }

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>Adds a name; a name the place already has changes nothing.</summary>
    /// <returns>True when the name was new.</returns>
    public bool AddName(PlaceName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_names.Contains(name))
        {
            return false;
        }

        _names.Add(name);
        return true;
    }

    /// <summary>Changes the kind, position and parent.</summary>
    /// <exception cref="DomainRuleException">The place would be its own parent.</exception>
    public void Relocate(PlaceKind kind, Coordinates? coordinates, Guid? parentId)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("place.kind", $"{(int)kind} is not a kind of place.");
        }

        parentId = parentId == Guid.Empty ? null : parentId;
        if (parentId == Id)
        {
            throw new DomainRuleException("place.parent", "A place cannot lie within itself.");
        }

        Kind = kind;
        Coordinates = coordinates;
        ParentId = parentId;
    }

    /// <summary>
    /// True when any of the place's names is <paramref name="text"/>, ignoring case. Case is folded
    /// by lower-casing, so the Azerbaijani capital İ matches i (XANKƏNDİ is Xankəndi), and the dotless
    /// ı stays distinct from i.
    /// </summary>
    public bool IsCalled(string text)
    {
        var wanted = Scripts.Clean(text)?.ToLowerInvariant();
        return wanted is not null && _names.Any(n => string.Equals(n.Text.ToLowerInvariant(), wanted, StringComparison.Ordinal));
    }
}
