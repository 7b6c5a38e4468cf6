namespace Whereabouts.Domain;

/// <summary>
/// A day from which a person's fate, as of any day, is <see cref="Fate"/>, until the next change
/// (see <see cref="FateSummary.DeriveChanges"/>).
/// </summary>
/// <remarks>A change is a day on which another assertion begins to count; the fate it gives may
/// well be the same as before (a doubtful report beside a credible one changes nothing shown).</remarks>
/// <param name="From">The first day of the change: the first day of an assertion's date as stated.</param>
/// <param name="Fate">The fate as of <paramref name="From"/> and every day up to the next change.</param>
public sealed record FateChange(DateOnly From, FateSummary Fate);
