using System.Globalization;
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
    public static string Of(MatchDecision decision) => decision switch
    {
        MatchDecision.Pending => "Pending",
        MatchDecision.Same => "Same person",
        MatchDecision.NotSame => "Not the same person",
        MatchDecision.Unsure => "Unsure",
        _ => decision.ToString(),
    };

    public static string Of(MatchOrigin origin) => origin switch
    {
        MatchOrigin.Linked => "linked by the engine without review",
        MatchOrigin.ForReview => "put to a reviewer by the engine",
        MatchOrigin.NewPerson => "registered as a new person from the row",
        _ => origin.ToString(),
    };

    /// <summary>What a judgement did, for the history.</summary>
    public static string Of(MatchJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return judgement.IsUndo ? $"Undid the judgement before (back to: {Of(judgement.Decision)})" : Of(judgement.Decision);
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
        "name" => "Given and family name",
        "given_name" => "Given name",
        "family_name" => "Family name",
        "patronymic" => "Father's name (patronymic)",
        "birth_date" => "Date of birth",
        "birth_place" => "Place of birth",
        _ => field,
    };

    /// <summary>How the two values compared (the engine's comparison level), in words.</summary>
    public static string Level(string field, string level)
    {
        var isName = field is "name" or "given_name" or "family_name";
        return level switch
        {
            "missing" => "not compared: missing on one side",
            "exact" when isName => "agrees (after transliteration to Latin letters)",
            "exact" => "agrees exactly",
            "same_name_key" => "the same name in another spelling or script",
            "same_father" => "the same father's name",
        "initial_agrees" => "an initial that agrees with the name",
        "names_swapped" => "the same names, given and family swapped",
        "family_suffix_variant" => "family names differ only by their suffix",
        "given_initial" => "family name agrees, given name only as an initial that agrees",
        "similar" => "similar spelling of both names",
        "family_agrees_given_missing" => "family name agrees, no given name to compare",
        "family_agrees_given_differs" => "family name agrees, given name differs",
        "given_agrees_family_differs" => "given name agrees, family name differs",
            "jaro_winkler>=0.95" => "almost the same spelling",
            "jaro_winkler>=0.92" => "very similar spelling",
            "jaro_winkler>=0.88" => "similar spelling",
            "jaro_winkler>=0.80" => "somewhat similar spelling",
            "jaro_winkler>=0.70" => "loosely similar spelling",
            "one_edit" => "one letter differs",
            "two_edits" => "two letters differ",
            "day_month_swapped" => "day and month swapped",
            "same_year_month" => "same year and month, another day",
            "same_year" => "same year, another month or day",
            "same_year_only_year_known" => "same year (only the year is known on one side)",
            "one_year_apart" => "one year apart",
            "different" => "different",
            _ => level,
        };
    }

    /// <summary>A weight with its sign: "+6.2", "−3.1" (a true minus sign), "0.0".</summary>
    public static string Weight(double weight)
    {
        var text = Math.Abs(weight).ToString("0.0", CultureInfo.InvariantCulture);
        return text == "0.0" ? text : (weight > 0 ? "+" : "\u2212") + text;
    }

    /// <summary>Which way a weight points.</summary>
    public static string Direction(double weight) =>
        Weight(weight) == "0.0" ? "no evidence either way" : weight > 0 ? "for a match" : "against a match";

    /// <summary>A share of the evidence as a whole percentage: "35%".</summary>
    public static string Share(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    /// <summary>
    /// A match probability as a percentage with one decimal; never rounded up to a certain 100%
    /// or down to 0% when it is not.
    /// </summary>
    public static string Probability(double probability) => probability switch
    {
        >= 1 => "100%",
        >= 0.9995 => "over 99.9%",
        <= 0 => "0%",
        < 0.0005 => "under 0.1%",
        _ => probability.ToString("0.0%", CultureInfo.InvariantCulture),
    };

    public static IEnumerable<SelectListItem> Sides() =>
        Labels.Parties().Select(p => new SelectListItem(p.Name, p.Slug)).Prepend(new SelectListItem(Labels.Of((string?)null), "unknown"));
}
