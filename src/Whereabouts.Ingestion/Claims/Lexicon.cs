namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// The English word lists that decide whether a number counts people and who they are. Kept as
/// explicit ordinal tables: no culture, no stemming.
/// </summary>
internal static class Lexicon
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for people who can be counted in a claim.</summary>
    public static readonly HashSet<string> PersonNouns = Set(
        "soldier", "soldiers", "serviceman", "servicemen", "servicewomen", "servicemembers", "members",
        "troops", "conscripts", "conscript", "fighters", "militants", "saboteurs", "officers", "officer",
        "men", "man", "women", "woman", "children", "child", "boys", "girls", "people", "persons", "person",
        "individuals", "civilians", "civilian", "residents", "villagers", "inhabitants", "detainees", "detainee",
        "captives", "captive", "hostages", "hostage", "prisoners", "prisoner", "POWs", "POW", "bodies", "body",
        "corpses", "personnel", "sailors", "pilots", "guards", "deminers", "sappers", "peacekeepers",
        "volunteers", "reservists", "recruits", "nationals", "citizens", "Armenians", "Azerbaijanis", "Azeris",
        "others", "them", "whom", "us", "relatives", "parents", "mothers", "fathers", "sons", "brothers",
        "husbands", "wives", "families", "journalists", "reporters", "medics", "doctors", "nurses", "workers",
        "employees", "students", "teenagers", "minors", "victims", "lawyers", "representatives", "militiamen",
        "servicepeople", "combatants", "defenders", "troopers", "commanders", "contractors", "protesters",
        "demonstrators", "activists", "participants", "suspects", "suspect", "defendants", "defendant", "soldiers'", "draftees", "survivors", "evacuees", "refugees", "elderly", "martyrs",
        "shepherds", "herders", "farmers", "rescuers",
        "lads", "guys", "kids", "youths", "youngsters", "clients", "inmates", "patients", "compatriots", "locals",
        "neighbours", "neighbors", "daughters", "sisters",
        "scouts", "scout", "snipers", "tankmen", "gunners", "artillerymen", "paratroopers", "marines", "signallers");

    /// <summary>People named only as relatives or helpers of others ("relatives of 40 prisoners").</summary>
    public static readonly HashSet<string> RelationalNouns = Set(
        "relatives", "parents", "mothers", "fathers", "families", "wives", "husbands", "lawyers",
        "representatives", "brothers", "sons");

    /// <summary>Head nouns that make a number something other than people.</summary>
    public static readonly HashSet<string> NonPersonNouns = Set(
        "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
        "metre", "meter", "m", "feet", "ft", "days", "day", "weeks", "week", "months", "month", "years", "year",
        "hours", "hour", "minutes", "minute", "seconds", "decades", "centuries", "nights", "villages", "village",
        "towns", "town", "cities", "settlements", "communities", "tanks", "tank", "vehicles", "videos", "video",
        "clips", "photos", "photographs", "images", "pictures", "drones", "guns", "rifles", "weapons", "positions",
        "posts", "checkpoints", "homes", "houses", "buildings", "hectares", "tonnes", "tons", "kg", "percent",
        "per", "points", "times", "rounds", "shells", "rockets", "missiles", "mines", "maps", "flights", "planes",
        "aircraft", "helicopters", "pages", "documents", "cases", "applications", "complaints", "letters",
        "articles", "countries", "states", "regions", "districts", "episodes", "incidents", "attacks", "shots",
        "clashes", "votes", "seats", "dollars", "euros", "manats", "drams", "rubles", "roubles", "million",
        "billion", "lists", "names", "graves", "calls", "messages", "stages", "brigades", "battalions", "units",
        "companies", "platoons", "sides", "parties", "nations", "organisations", "organizations", "groups",
        "hundred", "percentage", "cents", "items", "trucks", "buses", "kilograms", "litres", "liters", "ships",
        "boats", "trenches", "bunkers", "routes", "roads", "bridges", "sites", "laws", "decrees", "sessions",
        "meetings", "rounds", "hearings", "stories", "reports", "posts", "accounts", "channels", "minefields",
        "areas", "hills", "heights", "locations", "prisons", "camps", "hospitals", "schools", "churches",
        "mosques", "miles", "versts", "o'clock", "am", "pm", "degrees", "steps", "years-old", "year-old");

    /// <summary>Words that may stand between a number and the person noun it counts.</summary>
    public static readonly HashSet<string> Modifiers = Set(
        "other", "more", "additional", "further", "young", "military", "ethnic", "missing", "captured",
        "wounded", "injured", "dead", "killed", "detained", "held", "released", "returned", "repatriated",
        "remaining", "former", "own", "its", "their", "our", "his", "her", "of", "the", "these", "those", "such",
        "reported", "confirmed", "unidentified", "identified", "armed", "regular", "contract", "serving",
        "active", "reserve", "local", "male", "female", "elderly", "innocent", "war", "freed", "imprisoned",
        "arrested", "jailed", "surviving", "fallen", "still", "newly", "recently", "previously", "alleged",
        "suspected", "individual", "separate", "enlisted", "wounded", "injured", "abducted", "service",
        "army", "border", "civil", "s", "de", "mine", "'s", "'");

    /// <summary>States that name people by themselves right after a number ("200 dead", "30 wounded").</summary>
    public static readonly HashSet<string> NominalStates = Set("dead", "wounded", "injured", "missing", "killed", "captured", "detained");

    /// <summary>Words after a number that show it stands for people without naming them ("12 were").</summary>
    public static readonly HashSet<string> BareFollowers = Set(
        "were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains", "still", "who",
        "been", "being", "reportedly", "allegedly", "also", "later", "now", "all", "will", "would", "could",
        "may", "might", "went", "got", "in", "on", "at", "during", "from", "after", "since", "by", "near",
        "with", "into", "within", "including", "among", "as", "for", "while", "whereas", "but", "when",
        "had", "hold", "so", "far", "more", "each", "respectively", "total", "altogether");

    /// <summary>Words right before a number that make it a label, not a count ("No. 5", "aged 19").</summary>
    public static readonly HashSet<string> LabelWords = Set(
        "no", "nos", "nr", "number", "article", "art", "arts", "unit", "paragraph", "para", "section", "chapter",
        "page", "pages", "resolution", "route", "highway", "flight", "room", "case", "application", "code",
        "protocol", "decision", "law", "decree", "order", "item", "point", "rule", "part", "clause", "annex",
        "volume", "vol", "issue", "list", "aged", "age", "ages", "year", "top", "brigade", "battalion",
        "regiment", "division", "corps", "platoon", "company", "camp", "prison", "block", "cell", "ward",
        "building", "house", "street", "apartment", "tel", "phone", "fax", "ext", "level", "grade", "class",
        "version", "v", "size", "model", "series", "season", "episode", "act", "step", "stage", "phase",
        "group", "team", "bus", "plane", "convention", "amendment", "question");

    /// <summary>Words that name the Armenian side when they modify or are the counted people.</summary>
    public static readonly HashSet<string> ArmenianWords = Set(
        "Armenian", "Armenians", "Armenia's", "Armenia\u2019s", "Karabakh", "Artsakh", "Artsakh's", "Armenia");

    /// <summary>Words that name the Azerbaijani side when they modify or are the counted people.</summary>
    public static readonly HashSet<string> AzerbaijaniWords = Set(
        "Azerbaijani", "Azerbaijanis", "Azeri", "Azeris", "Azerbaijan's", "Azerbaijan\u2019s", "Azerbaijan");

    /// <summary>Head nouns that carry a category when no verb does.</summary>
    public static string? NounCategory(string noun) => noun.ToUpperInvariant() switch
    {
        "PRISONERS" or "PRISONER" or "POWS" or "POW" or "CAPTIVES" or "CAPTIVE" or "DETAINEES" or "DETAINEE"
            or "HOSTAGES" or "HOSTAGE" or "DEFENDANTS" or "DEFENDANT" => ClaimValues.Held,
        "BODIES" or "BODY" or "CORPSES" or "MARTYRS" => ClaimValues.Killed,
        _ => null,
    };

    /// <summary>The side a word names, or null.</summary>
    public static string? SideOf(string word) =>
        ArmenianWords.Contains(word) ? ClaimValues.Armenian
        : AzerbaijaniWords.Contains(word) ? ClaimValues.Azerbaijani
        : null;

    /// <summary>The other side.</summary>
    public static string Opposite(string side) =>
        side == ClaimValues.Armenian ? ClaimValues.Azerbaijani : ClaimValues.Armenian;
}
