using System.Globalization;
using System.Resources;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// The words of the review pages: decisions, and the linkage engine's explanation put so that a
/// reviewer who is not a statistician can follow it ("the same name in another spelling, +6.2").
/// </summary>
internal static class ReviewLabels
{
    // Static like Labels: the words are needed in views and helpers alike, in the request's UI culture.
    private static readonly ResourceManager Resources = new(
        "Whereabouts.Web.Resources.Pages.Review.ReviewLabels", typeof(SharedResource).Assembly);

    public static string Of(MatchDecision decision) => decision switch
    {
        MatchDecision.Pending => Text("Pending"),
        MatchDecision.Same => Text("Same person"),
        MatchDecision.NotSame => Text("Not the same person"),
        MatchDecision.Unsure => Text("Unsure"),
        _ => decision.ToString(),
    };

    public static string Of(MatchOrigin origin) => origin switch
    {
        MatchOrigin.Linked => Text("linked by the engine without review"),
        MatchOrigin.ForReview => Text("put to a reviewer by the engine"),
        MatchOrigin.NewPerson => Text("registered as a new person from the row"),
        _ => origin.ToString(),
    };

    public static string Of(PairOrigin origin) => origin switch
    {
        PairOrigin.Caseworker => Text("put side by side by a caseworker"),
        PairOrigin.DuplicateSearch => Text("found by the duplicate search"),
        PairOrigin.Registration => Text("found when a person was registered"),
        _ => origin.ToString(),
    };

    /// <summary>What a judgement on two registry records did, for the history.</summary>
    public static string Of(PairJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return judgement.IsUndo
            ? Format("Undid the judgement before (back to: {0})", Of(judgement.Decision))
            : Of(judgement.Decision);
    }

    /// <summary>What a judgement did, for the history.</summary>
    public static string Of(MatchJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return judgement.IsUndo
            ? Format("Undid the judgement before (back to: {0})", Of(judgement.Decision))
            : Of(judgement.Decision);
    }

    /// <summary>The row's name as the list wrote it, given name first.</summary>
    public static string NameOf(ReviewEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Join(' ', new[] { entry.GivenName, entry.Patronymic, entry.FamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>A field of the engine's comparison in the page's words.</summary>
    public static string Field(string field) => field switch
    {
        "name" => Text("Given and family name"),
        "given_name" => Text("Given name"),
        "family_name" => Text("Family name"),
        "patronymic" => Text("Father's name (patronymic)"),
        "birth_date" => Text("Date of birth"),
        "birth_place" => Text("Place of birth"),
        _ => field,
    };

    /// <summary>How the two values compared (the engine's comparison level), in words.</summary>
    public static string Level(string field, string level)
    {
        var isName = field is "name" or "given_name" or "family_name";
        return level switch
        {
            "missing" => Text("not compared: missing on one side"),
            "exact" when isName => Text("agrees (after transliteration to Latin letters)"),
            "exact" => Text("agrees exactly"),
            "same_name_key" => Text("the same name in another spelling or script"),
            "same_father" => Text("the same father's name"),
        "initial_agrees" => Text("an initial that agrees with the name"),
        "names_swapped" => Text("the same names, given and family swapped"),
        "family_suffix_variant" => Text("family names differ only by their suffix"),
        "given_initial" => Text("family name agrees, given name only as an initial that agrees"),
        "similar" => Text("similar spelling of both names"),
        "family_agrees_given_missing" => Text("family name agrees, no given name to compare"),
        "family_agrees_given_differs" => Text("family name agrees, given name differs"),
        "given_agrees_family_differs" => Text("given name agrees, family name differs"),
            "jaro_winkler>=0.95" => Text("almost the same spelling"),
            "jaro_winkler>=0.92" => Text("very similar spelling"),
            "jaro_winkler>=0.88" => Text("similar spelling"),
            "jaro_winkler>=0.80" => Text("somewhat similar spelling"),
            "jaro_winkler>=0.70" => Text("loosely similar spelling"),
            "one_edit" => Text("one letter differs"),
            "two_edits" => Text("two letters differ"),
            "day_month_swapped" => Text("day and month swapped"),
            "same_year_month" => Text("same year and month, another day"),
            "same_year" => Text("same year, another month or day"),
            "same_year_only_year_known" => Text("same year (only the year is known on one side)"),
            "one_year_apart" => Text("one year apart"),
            "different" => Text("different"),
            _ => level,
        };
    }

    /// <summary>A weight with its sign: "+6.2", "−3.1" (a true minus sign), "0.0".</summary>
    public static string Weight(double weight)
    {
        var text = Math.Abs(weight).ToString("0.0", CultureInfo.CurrentCulture);
        return Math.Round(Math.Abs(weight), 1) == 0 ? text : (weight > 0 ? "+" : "\u2212") + text;
    }

    /// <summary>Which way a weight points.</summary>
    public static string Direction(double weight) =>
        Math.Round(Math.Abs(weight), 1) == 0 ? Text("no evidence either way") : weight > 0 ? Text("for a match") : Text("against a match");

    /// <summary>A share of the evidence as a whole percentage: "35%".</summary>
    public static string Share(double share) => share.ToString("0%", CultureInfo.CurrentCulture);

    /// <summary>
    /// A match probability as a percentage with one decimal; never rounded up to a certain 100%
    /// or down to 0% when it is not.
    /// </summary>
    public static string Probability(double probability) => probability switch
    {
        >= 1 => 1.0.ToString("0%", CultureInfo.CurrentCulture),
        >= 0.9995 => Format("over {0}", 0.999.ToString("0.0%", CultureInfo.CurrentCulture)),
        <= 0 => 0.0.ToString("0%", CultureInfo.CurrentCulture),
        < 0.0005 => Format("under {0}", 0.001.ToString("0.0%", CultureInfo.CurrentCulture)),
        _ => probability.ToString("0.0%", CultureInfo.CurrentCulture),
    };

    /// <summary>The review pages' word <paramref name="english"/> in the current UI culture; the English itself when no translation exists.</summary>
    public static string Text(string english) =>
        Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    private static string Format(string english, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(Text(english)), values);

    /// <summary>The parties to choose a new person's side from, the list's own side (when it gives one) chosen already.</summary>
    public static IEnumerable<SelectListItem> Sides(string? listSide = null) =>
        Labels.Parties()
            .Select(p => new SelectListItem(p.Name, p.Slug, string.Equals(p.Slug, listSide, StringComparison.Ordinal)))
            .Prepend(new SelectListItem(Labels.Of((string?)null), "unknown"));
}
