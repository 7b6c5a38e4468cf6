using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Places;

/// <summary>One name of a place: as written, whose name it is (ISO 639-1, or null), and the script read from its letters.</summary>
internal sealed record PlaceNameResource(string Text, string? Language, string Script)
{
    public static PlaceNameResource From(PlaceName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(name.Text, name.Language, name.Script.ToString());
    }
}
