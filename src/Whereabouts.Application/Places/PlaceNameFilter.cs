using Whereabouts.Domain;
using Whereabouts.Linkage.Names;

namespace Whereabouts.Application.Places;

/// <summary>
/// Matches a searched text against every name of a place: as written, ignoring case, and read in
/// Latin letters, so that Степанакерт and Ստեփանակերտ find Stepanakert and "khtsaberd" finds Хцаберд.
/// </summary>
internal sealed class PlaceNameFilter
{
    private readonly string? _folded;
    private readonly string? _latin;

    public PlaceNameFilter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        _folded = text.Trim().ToLowerInvariant();
        var latin = NameTransliterator.ToLatin(text);
        _latin = latin.Length == 0 ? null : latin;
    }

    public bool Matches(Place place) =>
        _folded is null || place.Names.Any(Matches);

    private bool Matches(PlaceName name) =>
        name.Text.ToLowerInvariant().Contains(_folded!, StringComparison.Ordinal)
        || (_latin is not null && NameTransliterator.ToLatin(name.Text).Contains(_latin, StringComparison.Ordinal));
}
