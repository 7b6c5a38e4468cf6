using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Claims;

/// <summary>The phrases that signal a category, a denial, a rumour or a masked non-count.</summary>
internal static partial class Patterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:missing|unaccounted[\s-]+for|disappeared|went\s+missing|lost\s+(?:contact|touch|communication|connection)\s+with|whereabouts\s+(?:(?:are|is|remain|remains|were|was)\s+)?(?:still\s+)?unknown|fate\s+(?:of|remains|is|was|are|were)|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?unknown|search(?:ing|ed)?\s+for|(?:not|never)\s+(?:been\s+)?found|no\s+(?:news|word|information)\s+(?:of|about|on)|never\s+(?:c(?:a|o)me\s+back|returned|made\s+it\s+back))\b", Options)]
    public static partial Regex Missing();

    [GeneratedRegex(@"\b(?:captur(?:ed|e|es|ing)|taken\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)|t(?:ook|ake|akes|aking)\s+(?:\w+\s+){0,3}?(?:prisoners?|captives?|hostages?)|seized|abducted|kidnapped|(?:took|taken|led|driven|carried)\s+away|surrendered|fell\s+into\s+captivity)\b", Options)]
    public static partial Regex Captured();

    [GeneratedRegex(@"\b(?:held|holds?|holding|(?<!from\s)(?<!from\s\w+\s)(?:captivity|custody|detention)|detained|imprisoned|jailed|behind\s+bars|(?:in|to|into)\s+(?:\w+\s+){0,2}?(?:prisons?|jails?)|on\s+trial|await(?:s|ing|ed)?\s+trial|in\s+(?:\w+\s+)?hands|(?:stand|stood|standing)\s+trial|sentenced|(?:handed|hands|hand)\s+down\s+(?:\w+\s+)?(?:sentences?|verdicts?)|convicted|still\s+(?:being\s+)?kept|remain(?:s|ed|ing)?\s+(?:\w+\s+)?in\s+(?:Azerbaijan|Armenia|Baku|Yerevan)(?!\w))\b", Options)]
    public static partial Regex Held();

    [GeneratedRegex(@"\b(?:releas(?:ed|e|es|ing)|pardon(?:ed|s)?|return(?:ed|s|ing)?|repatriat(?:ed|ion|e|es|ing)|hand(?:ed|s|ing)?\s+(?:over|back)|handover|hand-over|transferr(?:ed|ing)|transfers?|freed|set\s+free|free(?:ing|s)?|exchang(?:ed|e|es|ing)|swap(?:ped|s)?|sent\s+(?:home|back)|flown\s+(?:home|back|to)|brought\s+(?:home|back)|c(?:a|o)me\s+home|back\s+home|back\s+to|back\s+in\s+(?:Armenia|Azerbaijan|Yerevan|Baku)(?!\w)|(?:handed|given|delivered)\s+to|(?<=\b(?:POWs?|prisoners|captives|detainees|hostages|servicemen|soldiers|civilians)\s)home(?=\s*[.!]*\s*$))\b", Options)]
    public static partial Regex Released();

    [GeneratedRegex(@"\b(?:kill(?:ed|ing|s)?|died|dead|deaths?|death\s+toll|lost\s+(?:their|his|her)\s+lives?|perished|executed|shot\s+dead|(?:been|were|was)\s+shot(?!\s+at)|lost(?=\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds|dozens)\b)|murdered|slain|fallen(?!\s+(?:to|by|from)\b)|bodies|body|corpses|(?:the|of)\s+remains|remains\s+of|fatalit(?:y|ies)|laid\s+to\s+rest|(?:re)?buried|burials?\s+of|funerals?\s+(?:of|for)|succumbed|martyred|martyrs|(?:were|was|been)\s+eliminated)\b", Options)]
    public static partial Regex Killed();

    [GeneratedRegex(@"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ies|y|ing)|hurt|hospitali[sz]ed|in\s+(?:a\s+)?(?:serious|critical|grave|life-threatening)\s+condition)\b", Options)]
    public static partial Regex Wounded();

    [GeneratedRegex(@"\b(?:arrest(?:ed|s|ing)?|under\s+arrest|charged|indicted|prosecuted|taken\s+into\s+custody)\b", Options)]
    public static partial Regex Arrested();

    /// <summary>
    /// An appeal or demand right before a release ("appealed for the release of 45 Armenians", "urged
    /// Baku to free"): the release is asked for, it has not happened.
    /// </summary>
    [GeneratedRegex(@"\b(?:appeal(?:ed|s|ing)?\s+(?:for|to\s+\w+\s+to)|call(?:ed|s|ing)?\s+(?:for|on\s+\w+\s+to)|urg(?:ed|es|e|ing)\s+\w+\s+to|demand(?:ed|s|ing)?|press(?:ed|es|ing)?\s+for|ask(?:ed|s|ing)?\s+(?:for|\w+\s+to)|plead(?:ed|s|ing)?\s+for)\s+(?:(?:the|a|an|immediate|speedy|swift|unconditional)\s+)*$", Options)]
    public static partial Regex AppealBefore();

    /// <summary>A negation right before a fate phrase ("have not yet returned", "were never released", "yet to be freed").</summary>
    [GeneratedRegex(@"\b(?:not|never|n't|yet\s+to)\s+(?:(?:yet|been|be|have|all|still)\s+){0,2}$|n't\s+(?:(?:yet|been|be)\s+){0,2}$", Options)]
    public static partial Regex NegatedBefore();

    /// <summary>Places of treatment: a transfer to one moves the wounded, it is no release ("flown to hospitals").</summary>
    [GeneratedRegex(@"\b(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|facilities|facility)|field\s+hospitals?)\b", Options)]
    public static partial Regex Care();

    /// <summary>"The number of civilians killed at 85": a count noun whose fate is stated before "at" and the number.</summary>
    [GeneratedRegex(@"\b(?:number|toll|tally|count|figure)\s+of\b", Options)]
    public static partial Regex CountNoun();

    [GeneratedRegex(@"\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+|all\s+|some\s+)?$", Options)]
    public static partial Regex Bodies();

    [GeneratedRegex(@"\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing|e)|disput(?:ed|es|ing)|(?:called|calling|branded)\s+(?:\w+\s+){0,3}?(?:false|untrue|fake|baseless|lies|groundless))\b", Options)]
    public static partial Regex Denial();

    [GeneratedRegex(@"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:denied|rejected|dismissed|refuted|disputed)(?=\s+by\b|\s*[.;,]|\s*$)|(?:is|are|was|were)\s+(?:false|untrue|not\s+true|baseless|groundless|fake))", Options)]
    public static partial Regex DenialAfter();

    [GeneratedRegex(@"\b(?:unconfirmed|unverified|rumou?r(?:s|ed)?|allegedly|alleged|purported(?:ly)?|social\s+media|speculation|hearsay|(?:could|can)\s*not\s+be\s+(?:independently\s+)?(?:confirmed|verified)|not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified))\b", Options)]
    public static partial Regex Rumour();

    // Words after which a denial or rumour earlier in the sentence no longer applies.
    [GeneratedRegex(@"\b(?:saying|but|however|instead|adding|while|whereas|although|though|insisting|stating|noting|explaining|and\s+(?:said|says|added|stated)|(?:which|who)\s+(?:said|says|stated|put|estimated))\b|;", Options)]
    public static partial Regex Breaker();

    [GeneratedRegex(@"(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\b\d{2,4}(?:[\s.\-]\d{2,4}){2,}\b|\b0\d{6,}\b", Options)]
    public static partial Regex Phone();

    [GeneratedRegex(@"(?:US\$|[$\u20AC\u00A3\u20BD\u058F\u20BC])\s?\d[\d,.]*(?:\s?(?:million|billion|thousand|bn|mn|m|k)\b)?|\b\d[\d,.]*\s?(?:million|billion|thousand)?\s?(?:dollars|euros|manats?|drams?|rubles?|roubles?|pounds|USD|EUR|AMD|AZN|RUB)\b", Options)]
    public static partial Regex Money();

    [GeneratedRegex(@"\b\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b)", Options)]
    public static partial Regex Percent();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.m\.|\b\d{1,2}\s?(?:am|pm)\b", Options)]
    public static partial Regex Time();

    [GeneratedRegex(@"(?<![\d,])\b(?:1[89]|20)\d{2}(?:s|'s)?\b(?![,.]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Year();
}
