namespace Whereabouts.Domain;

/// <summary>
/// One name of a place in one spelling: Khtsabert and Khtsaberd, Shushi and Shusha,
/// Stepanakert and Xankəndi, Степанакерт, Ստեփանակերտ.
/// </summary>
/// <remarks>The script is read from the letters. The language says whose name it is, which is not
/// the same as the script: Xankəndi and Khankendi are both the Azerbaijani name.</remarks>
public sealed record PlaceName
{
    /// <summary>Creates a place name.</summary>
    /// <param name="text">The name as written.</param>
    /// <param name="language">An ISO 639-1 code ("hy", "az", "ru", "en"), or null.</param>
    /// <exception cref="DomainRuleException">The name is empty or mixes scripts.</exception>
    public PlaceName(string text, string? language = null)
    {
        Text = Scripts.Clean(text) ?? throw new DomainRuleException("place.name-required", "A place name cannot be empty.");
        Script = Scripts.Detect(Text) ?? throw new DomainRuleException(
            "place.name-script",
            $"'{Text}' is not written in one of the Latin, Cyrillic or Armenian scripts.");
        Language = TextValue.OrNull(language)?.ToLowerInvariant();
    }

    /// <summary>The name as written.</summary>
    public string Text { get; }

    /// <summary>The script, read from the letters.</summary>
    public NameScript Script { get; }

    /// <summary>Whose name it is, as an ISO 639-1 code, or null.</summary>
    public string? Language { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
