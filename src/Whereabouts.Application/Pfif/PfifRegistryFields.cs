using System.Globalization;
using Whereabouts.Domain;
using Whereabouts.Interchange.Pfif;

namespace Whereabouts.Application.Pfif;

/// <summary>
/// What a registry record says that PFIF 1.4 has no field for, carried in the extension fields of
/// its export (<see cref="PfifExtensions"/>) so that a registry importing the file keeps it
/// (docs/adr/0008): a person's invented flag and side (with the side's names, for a registry that
/// has no such party yet), and a note's exact fate, the day it refers to and its credibility.
/// </summary>
/// <remarks>
/// <para>The extension refines a note's PFIF status and never contradicts it: a note's registry
/// status is taken only when it folds into the note's own <c>status</c> (captured is
/// <c>believed_alive</c>); otherwise, and for every document without the fields, the note maps as
/// <see cref="PfifFates"/> says.</para>
/// <para>The fields are written as text in the registry's own spellings: <c>true</c>, a party's slug,
/// a status in snake_case (<c>capture_confirmed</c>), a partial date (<c>2020-12</c>, <c>~2001</c>)
/// and a credibility from 1 (confirmed) to 6 (cannot be judged).</para>
/// </remarks>
public static class PfifRegistryFields
{
    /// <summary>"true" on an invented person of the demo data.</summary>
    public const string InventedField = "invented";

    /// <summary>The slug of the person's party.</summary>
    public const string SideField = "side";

    /// <summary>The start of the fields that name the person's party, one per language (<c>side_name_en</c>, ...).</summary>
    public const string SideNameFieldPrefix = "side_name_";

    /// <summary>The registry's fate status of a note.</summary>
    public const string StatusField = "status";

    /// <summary>The day (or month, or year) the note's fate refers to.</summary>
    public const string AsOfField = "as_of";

    /// <summary>The credibility of the note's evidence, 1 to 6.</summary>
    public const string CredibilityField = "credibility";

    /// <summary>The extension fields of a person: invented flag and side with its names.</summary>
    public static Dictionary<string, string> Of(Person person, Party? side)
    {
        ArgumentNullException.ThrowIfNull(person);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (person.IsInvented)
        {
            fields[InventedField] = "true";
        }

        if (person.Side is { } slug)
        {
            fields[SideField] = slug;
            foreach (var (language, name) in new[] { ("en", side?.NameEn), ("hy", side?.NameHy), ("ru", side?.NameRu), ("az", side?.NameAz) })
            {
                if (name is not null)
                {
                    fields[SideNameFieldPrefix + language] = name;
                }
            }
        }

        return fields;
    }

    /// <summary>The extension fields of a note for a standing (not retracted) assertion: status, date, credibility.</summary>
    public static Dictionary<string, string> Of(FateAssertion assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [StatusField] = ExportText.Of(assertion.Status),
            [AsOfField] = assertion.AsOf.ToString(),
            [CredibilityField] = ((int)assertion.Evidence.Credibility).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>True when the person's fields say it is invented.</summary>
    public static bool IsInvented(PfifPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Extensions.TryGetValue(InventedField, out var value) && string.Equals(value, "true", StringComparison.Ordinal);
    }

    /// <summary>The side's slug as written, and its names when the file gives at least the English one.</summary>
    public static (string? Slug, PartyNames? Names) SideOf(PfifPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var slug = person.Extensions.GetValueOrDefault(SideField);
        string? Name(string language) => person.Extensions.GetValueOrDefault(SideNameFieldPrefix + language);
        return (slug, Name("en") is { } english ? new PartyNames(english, Name("hy"), Name("ru"), Name("az")) : null);
    }

    /// <summary>
    /// The registry's fate, credibility and date of a note, when its extension fields give all three,
    /// they are well formed, and the status folds into the note's PFIF status; null otherwise.
    /// </summary>
    public static (FateStatus Status, Credibility Credibility, PartialDate AsOf)? FateOf(PfifNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.Status is not { } pfifStatus
            || !note.Extensions.TryGetValue(StatusField, out var statusText)
            || !note.Extensions.TryGetValue(AsOfField, out var asOfText)
            || !note.Extensions.TryGetValue(CredibilityField, out var credibilityText))
        {
            return null;
        }

        var status = Enum.GetValues<FateStatus>().Select(s => (FateStatus?)s).FirstOrDefault(s => string.Equals(ExportText.Of(s!.Value), statusText, StringComparison.Ordinal));
        var credible = int.TryParse(credibilityText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined((Credibility)number);
        return status is { } found && credible && PfifFates.ToPfif(found) == pfifStatus && PartialDate.TryParse(asOfText, out var asOf, out _)
            ? (found, (Credibility)number, asOf)
            : null;
    }
}
