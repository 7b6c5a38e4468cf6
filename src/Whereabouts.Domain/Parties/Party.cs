using System.Globalization;

namespace Whereabouts.Domain;

/// <summary>
/// A party to the conflict the registry accounts for: a state, a force or a community whose people
/// are held, exchanged and counted. People belong to one (their <see cref="Person.Side"/>), exchanges
/// move people from one to another, count claims count one's people.
/// </summary>
/// <remarks>
/// Parties are data, not code, so that a registry can serve any conflict (docs/adr/0016). A party is
/// referred to everywhere by its <see cref="Slug"/>, which never changes once the party is recorded:
/// it appears in URLs, in the API (<c>side=armenian</c>), in exports and in the references other
/// records hold. Its names can be changed.
/// </remarks>
public sealed class Party
{
    /// <summary>The longest a slug may be.</summary>
    public const int SlugLength = 40;

    /// <summary>The longest a name may be.</summary>
    public const int NameLength = 200;

    /// <summary>Records a party.</summary>
    /// <param name="slug">The short stable name (<c>armenian</c>): lowercase Latin letters, digits and hyphens; read case-insensitively.</param>
    /// <param name="names">Its names; English is required.</param>
    /// <exception cref="DomainRuleException">The slug is not a slug, or a name is missing or too long.</exception>
    public Party(string slug, PartyNames names)
    {
        Slug = NormalizeSlug(slug);
        NameEn = null!;
        Rename(names);
    }

    // For the storage layer.
    private Party()
    {
        Slug = null!;
        NameEn = null!;
    }

    /// <summary>The short stable name used in URLs, the API, exports and references.</summary>
    public string Slug { get; private init; }

    /// <summary>The name in English; also shown where no name is recorded in the reader's language.</summary>
    public string NameEn { get; private set; }

    /// <summary>The name in Armenian, or null.</summary>
    public string? NameHy { get; private set; }

    /// <summary>The name in Russian, or null.</summary>
    public string? NameRu { get; private set; }

    /// <summary>The name in Azerbaijani, or null.</summary>
    public string? NameAz { get; private set; }

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>The names as one value, for editing.</summary>
    public PartyNames Names => new(NameEn, NameHy, NameRu, NameAz);

    /// <summary>Replaces the names; the slug stays.</summary>
    /// <exception cref="DomainRuleException">The English name is missing, or a name is too long.</exception>
    public void Rename(PartyNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var english = Name("party.name-en", names.English)
            ?? throw new DomainRuleException("party.name-en", "A party needs a name in English; it is shown wherever no other name is recorded.");
        var armenian = Name("party.name-hy", names.Armenian);
        var russian = Name("party.name-ru", names.Russian);
        var azerbaijani = Name("party.name-az", names.Azerbaijani);
        NameEn = english;
        NameHy = armenian;
        NameRu = russian;
        NameAz = azerbaijani;
    }

    /// <summary>
    /// The name in the language with the ISO 639-1 code <paramref name="language"/> (<c>hy</c>,
    /// <c>ru</c>, <c>az</c>, <c>en</c>), or the English name where none is recorded in it.
    /// </summary>
    public string NameIn(string? language) => language switch
    {
        "hy" => NameHy ?? NameEn,
        "ru" => NameRu ?? NameEn,
        "az" => NameAz ?? NameEn,
        _ => NameEn,
    };

    /// <summary>The name in the language of <paramref name="culture"/> (English when it has none).</summary>
    public string NameIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return NameIn(culture.TwoLetterISOLanguageName);
    }

    /// <summary>Whether <paramref name="value"/>, read case-insensitively, is a well-formed slug.</summary>
    public static bool IsSlug(string? value) => TryNormalize(value, out _);

    /// <summary>
    /// The slug <paramref name="value"/> in its stored form: trimmed and in lowercase.
    /// </summary>
    /// <exception cref="DomainRuleException">It is blank, too long, or holds anything but Latin letters, digits and
    /// hyphens, or begins or ends with a hyphen.</exception>
    public static string NormalizeSlug(string? value) =>
        TryNormalize(value, out var slug)
            ? slug
            : throw new DomainRuleException(
                "party.slug",
                $"'{value}' is not a party slug: use 1 to {SlugLength} lowercase Latin letters, digits and hyphens, not beginning or ending with a hyphen, and not 'unknown' (armenian, north-land).");

    /// <summary>
    /// A reference to a party held by another record: null or blank means "no party recorded"; anything
    /// else must be a well-formed slug (whether such a party exists is for the registry to check).
    /// </summary>
    /// <param name="rule">The rule to name when the value is not a slug.</param>
    /// <param name="value">The slug, in any case.</param>
    /// <exception cref="DomainRuleException">The value is not blank and not a slug.</exception>
    public static string? Reference(string rule, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return TryNormalize(value, out var slug)
            ? slug
            : throw new DomainRuleException(rule, $"'{value}' is not a party's slug (such as 'armenian').");
    }

    private static bool TryNormalize(string? value, out string slug)
    {
        slug = string.Empty;
        var text = value?.Trim();
        // "unknown" meant "no party recorded" before parties were data, and still reads so.
        if (string.IsNullOrEmpty(text) || text.Length > SlugLength || text[0] == '-' || text[^1] == '-'
            || string.Equals(text, "unknown", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' or '-' => c,
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                _ => '\0',
            };
            if (chars[i] == '\0')
            {
                return false;
            }
        }

        slug = new string(chars);
        return true;
    }

    private static string? Name(string rule, string? value)
    {
        var name = TextValue.OrNull(value);
        if (name is not null && name.Length > NameLength)
        {
            throw new DomainRuleException(rule, $"Keep a party's name to {NameLength} characters; this is {name.Length}.");
        }

        return name;
    }
}
