using Whereabouts.Domain;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Application.Lists;

/// <summary>How a list is imported: what it is as a source, what it says about everyone on it, and how sure a match must be.</summary>
/// <param name="SourceTitle">The list's title as a source ("ICRC list of confirmed captives, 2021-01-12").</param>
/// <param name="Reliability">The list's reliability grade (A–F).</param>
/// <param name="Fate">The fate the list states for everyone on it (a list of confirmed captives: <see cref="FateStatus.CaptureConfirmed"/>); a <c>fate</c> column overrides it per row. Null: the list states no fate.</param>
/// <param name="AsOf">The date the list's fate refers to; a <c>fate_date</c> column overrides it per row. Required with a fate.</param>
/// <param name="Credibility">The credibility of the list's fate statements (1–6).</param>
/// <param name="Side">The slug of the party the list speaks of (any case), or null: kept on every entry, given to people registered from it, and checked against a candidate's side before a row is linked without review. A <c>side</c> column overrides it per row.</param>
/// <param name="LinkAt">The match probability at or above which a row is linked without review, when no other person comes close; 1 sends every match to review.</param>
/// <param name="ReviewFrom">The probability from which a possible match is put to a reviewer; below it a row becomes a new person.</param>
/// <param name="Invented">Whether the list's people are invented (test and demo data).</param>
/// <param name="Mapping">How to read the file where detection is not enough (sheet, header line, columns, name order); null: all detected.</param>
/// <param name="Supersedes">The earlier list (its source id) this one is a new version of; what changed between them is then shown.</param>
/// <param name="AllowDemoData">Whether real people may be imported into a registry that holds invented ones (docs/adr/0023); the demo administrator is then disabled.</param>
public sealed record ListImportOptions(
    string SourceTitle,
    Reliability Reliability = Reliability.F,
    FateStatus? Fate = null,
    PartialDate? AsOf = null,
    Credibility Credibility = Credibility.CannotBeJudged,
    string? Side = null,
    double LinkAt = 0.99,
    double ReviewFrom = 0.5,
    bool Invented = false,
    ListMapping? Mapping = null,
    Guid? Supersedes = null,
    bool AllowDemoData = false);
