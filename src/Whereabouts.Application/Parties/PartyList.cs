using System.Collections;
using System.Globalization;

namespace Whereabouts.Application.Parties;

/// <summary>The registry's parties in slug order, with lookups by slug for pages and exports.</summary>
public sealed class PartyList : IReadOnlyList<PartyView>
{
    private readonly List<PartyView> _parties;
    private readonly Dictionary<string, PartyView> _bySlug;

    /// <summary>Wraps <paramref name="parties"/>, sorted by slug.</summary>
    public PartyList(IEnumerable<PartyView> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        _parties = [.. parties.OrderBy(p => p.Slug, StringComparer.Ordinal)];
        _bySlug = _parties.ToDictionary(p => p.Slug, StringComparer.Ordinal);
    }

    /// <summary>A list with no parties.</summary>
    public static PartyList Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _parties.Count;

    /// <inheritdoc/>
    public PartyView this[int index] => _parties[index];

    /// <summary>The party with <paramref name="slug"/>, or null.</summary>
    public PartyView? Find(string? slug) => slug is not null && _bySlug.TryGetValue(slug, out var party) ? party : null;

    /// <summary>
    /// The name of the party <paramref name="slug"/> in the language of <paramref name="culture"/>
    /// (English where none is recorded in it); the slug itself for a party no longer listed; null for
    /// no party.
    /// </summary>
    public string? NameOf(string? slug, CultureInfo culture) => slug is null ? null : Find(slug)?.NameIn(culture) ?? slug;

    /// <summary>The slugs, for messages that list the choices.</summary>
    public string Slugs => _parties.Count == 0 ? "(none recorded yet)" : string.Join(", ", _parties.Select(p => p.Slug));

    /// <inheritdoc/>
    public IEnumerator<PartyView> GetEnumerator() => _parties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
