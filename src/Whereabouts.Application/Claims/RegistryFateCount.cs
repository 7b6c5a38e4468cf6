using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Claims;

/// <summary>
/// Which named people a count claim's category corresponds to on a day, so a claim can be set beside
/// the registry. "Captured" and "released" claims count everyone it ever happened to by then (44
/// released stay 44 released); "missing", "held" and "killed" count people in that state on the day.
/// </summary>
internal static class RegistryFateCount
{
    private static readonly FateStatus[] Held =
        [FateStatus.ReportedCaptured, FateStatus.CaptureConfirmed, FateStatus.Detained, FateStatus.OnTrial, FateStatus.Sentenced];

    private static readonly FateStatus[] Returned = [FateStatus.Released, FateStatus.Repatriated];

    private static readonly FateStatus[] Dead = [FateStatus.Deceased, FateStatus.RemainsRecovered, FateStatus.RemainsIdentified];

    /// <summary>What the registry's number counts, or null when the registry keeps no such fate.</summary>
    public static string? Describe(CountCategory category) => category switch
    {
        CountCategory.Missing => "named people whose fate on the day was Missing",
        CountCategory.Captured => "named people reported or confirmed captured by the day (including those released since)",
        CountCategory.Held => "named people in captivity on the day (reported or confirmed captured, detained, on trial or sentenced)",
        CountCategory.Released => "named people released or repatriated by the day",
        CountCategory.Killed => "named people dead on the day (deceased, remains recovered or identified)",
        CountCategory.Wounded or CountCategory.Arrested => null,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Whether the person (or identity) of <paramref name="history"/> counts in <paramref name="category"/> on <paramref name="day"/>.</summary>
    public static bool Counts(FateHistory history, CountCategory category, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        var status = history.FateOn(day).Status;
        return category switch
        {
            CountCategory.Missing => status == FateStatus.Missing,
            CountCategory.Held => status is { } held && Held.Contains(held),
            CountCategory.Killed => status is { } dead && Dead.Contains(dead),
            CountCategory.Captured => EverBy(history, day, [.. Held, .. Returned]),
            CountCategory.Released => EverBy(history, day, Returned),
            CountCategory.Wounded or CountCategory.Arrested => false,
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
        };
    }

    private static bool EverBy(FateHistory history, DateOnly day, FateStatus[] statuses) =>
        history.Standing().Any(a => a.AsOf.StatedStart <= day && statuses.Contains(a.Status));
}
