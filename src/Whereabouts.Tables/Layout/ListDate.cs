namespace Whereabouts.Tables.Layout;

/// <summary>A date as a list states it: a day, a month or a year alone, with the text it was read from.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1–12), when given.</param>
/// <param name="Day">The day of the month, when given (then <paramref name="Month"/> is too).</param>
/// <param name="Written">The cell as the list wrote it (an Excel date as the day it stands for, yyyy-MM-dd).</param>
public sealed record ListDate(int Year, int? Month, int? Day, string Written);
