namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// The string values a <see cref="CountClaim"/> may hold, as they appear in JSON (lower-case
/// snake_case). They mirror the domain's CountQualifier, CountCategory, Side and ClaimStatus.
/// </summary>
public static class ClaimValues
{
    /// <summary>The number exactly as stated ("44 prisoners", "a dozen").</summary>
    public const string Exact = "exact";

    /// <summary>Roughly the number: about, around, approximately, roughly, some, an estimated,
    /// close to, "or so", and also nearly and almost (reporters use them as
    /// approximations, not as upper bounds).</summary>
    public const string About = "about";

    /// <summary>The number or more: at least, no fewer than, no less than, a minimum of, "or more".</summary>
    public const string AtLeast = "at_least";

    /// <summary>More than the number: more than, over, upwards of, in excess of, above.</summary>
    public const string MoreThan = "more_than";

    /// <summary>At most the number: fewer than, less than, under, below, and also up to, as many as, at most,
    /// no more than (the domain has no separate "at most").</summary>
    public const string FewerThan = "fewer_than";

    /// <summary>Between <see cref="CountClaim.Count"/> and <see cref="CountClaim.CountMax"/>.</summary>
    public const string Range = "range";

    /// <summary>No number is stated ("several dozen", "hundreds"); the count is a lower bound.</summary>
    public const string Vague = "vague";

    /// <summary>Missing, fate unknown, contact lost.</summary>
    public const string Missing = "missing";

    /// <summary>Taken prisoner, captured, seized.</summary>
    public const string Captured = "captured";

    /// <summary>In captivity or custody at the time of the statement; also tried or sentenced.</summary>
    public const string Held = "held";

    /// <summary>Released, returned, repatriated, handed over, transferred, freed, exchanged.</summary>
    public const string Released = "released";

    /// <summary>Killed or died; also bodies and remains, whoever returns them.</summary>
    public const string Killed = "killed";

    /// <summary>Wounded or injured.</summary>
    public const string Wounded = "wounded";

    /// <summary>Arrested or charged (typically by their own side's authorities).</summary>
    public const string Arrested = "arrested";

    /// <summary>Armenia and the Armenians of Nagorno-Karabakh.</summary>
    public const string Armenian = "armenian";

    /// <summary>Azerbaijan.</summary>
    public const string Azerbaijani = "azerbaijani";

    /// <summary>Stated as true by the claimant.</summary>
    public const string Asserted = "asserted";

    /// <summary>A figure someone denied ("denied that 73 were held").</summary>
    public const string Denied = "denied";

    /// <summary>A figure no claimant stands behind ("unconfirmed reports", "allegedly").</summary>
    public const string Rumour = "rumour";
}
