namespace Whereabouts.Application.Lists;

/// <summary>
/// How an uploaded list is to be imported, as a person gave it in a form or an API call (names of
/// grades and fates, a date as text): kept with the upload until the import runs, then read into
/// <see cref="ListImportOptions"/>.
/// </summary>
/// <param name="Title">The list's title as a source.</param>
/// <param name="Reliability">The source's reliability grade, A–F (blank: F).</param>
/// <param name="Fate">The fate status the list states for everyone on it ("CaptureConfirmed"), or blank.</param>
/// <param name="AsOf">The date that fate refers to ("2021-01-12", "2021-01", "2021").</param>
/// <param name="Credibility">The credibility of the list's statements (blank: CannotBeJudged).</param>
/// <param name="Side">The slug of the party the list speaks of, or blank.</param>
/// <param name="Supersedes">The earlier list (its source id) this one is a new version of.</param>
/// <param name="LinkAt">The match probability from which a row is linked without review (blank: 0.99; 1 sends every match to review).</param>
/// <param name="Invented">Whether the people on the list are invented (test and demo data).</param>
/// <param name="AllowDemoData">Whether the list's real people may join a registry that holds invented ones (docs/adr/0023).</param>
public sealed record ListUploadSettings(
    string? Title,
    string? Reliability = null,
    string? Fate = null,
    string? AsOf = null,
    string? Credibility = null,
    string? Side = null,
    Guid? Supersedes = null,
    double? LinkAt = null,
    bool Invented = false,
    bool AllowDemoData = false);
