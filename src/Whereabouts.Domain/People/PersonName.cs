namespace Whereabouts.Domain;

/// <summary>
/// One way a person's name is written: a given name, a family name and a patronymic in one script,
/// with a note of where this form came from ("family report", "ICRC list of 13 December 2020").
/// </summary>
/// <remarks>
/// A person has as many name forms as the lists that mention them. None of them is "the" name;
/// the first one registered is shown first. The script is not declared but read from the letters,
/// so a Cyrillic name can never be filed as Latin. The patronymic is kept as written
/// (<c>Samveli</c>, <c>Самвелович</c>, <c>Rəşad oğlu</c>); reducing it to the father's name is the
/// linkage engine's job. Two forms are equal when every part and the origin are equal.
/// </remarks>
public sealed record PersonName
{
    /// <summary>Creates a name form; at least a given or a family name is required.</summary>
    /// <exception cref="DomainRuleException">No name is given, a part holds a character a name may not
    /// hold (rule <c>name.characters</c>, see <see cref="NameCharacters"/>), or the parts mix scripts.</exception>
    public PersonName(string? givenName, string? familyName, string? patronymic = null, string? origin = null, Guid? sourceId = null)
    {
        // Checked as written: a broken surrogate half would otherwise be replaced before it is seen.
        Refuse("given name", givenName);
        Refuse("family name", familyName);
        Refuse("patronymic", patronymic);
        GivenName = Scripts.Clean(givenName);
        FamilyName = Scripts.Clean(familyName);
        Patronymic = Scripts.Clean(patronymic);
        Origin = FreeText.Clean(Scripts.Clean(origin));
        SourceId = sourceId == Guid.Empty ? null : sourceId;

        if (GivenName is null && FamilyName is null)
        {
            throw new DomainRuleException("name.required", "A name form needs at least a given name or a family name.");
        }

        var full = string.Join(' ', new[] { GivenName, Patronymic, FamilyName }.Where(p => p is not null));
        Script = Scripts.Detect(full) ?? throw new DomainRuleException(
            "name.script",
            $"'{full}' is not written in one of the Latin, Cyrillic or Armenian scripts; write each script as its own name form.");
    }

    /// <summary>The given (first) name, or null when only the family name is known.</summary>
    public string? GivenName { get; }

    /// <summary>The family name (surname), or null when only the given name is known.</summary>
    public string? FamilyName { get; }

    /// <summary>The patronymic as written in this form, or null.</summary>
    public string? Patronymic { get; }

    /// <summary>The script of every part of this form, read from its letters.</summary>
    public NameScript Script { get; }

    /// <summary>Where this form came from, in words; null when not recorded.</summary>
    public string? Origin { get; }

    /// <summary>The registered source this form was read from, if any.</summary>
    public Guid? SourceId { get; }

    /// <summary>Given name, patronymic and family name, in that order, separated by spaces.</summary>
    public string FullName => string.Join(' ', new[] { GivenName, Patronymic, FamilyName }.Where(p => p is not null));

    /// <inheritdoc/>
    public override string ToString() => FullName;

    private static void Refuse(string part, string? value)
    {
        if (NameCharacters.FindRefused(value) is { } what)
        {
            throw new DomainRuleException("name.characters", $"The {part} holds {what}; names may not hold control, direction or invisible characters.");
        }
    }
}
