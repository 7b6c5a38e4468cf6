namespace Whereabouts.Application.Lists;

/// <summary>
/// How a server shows the others that it still runs a list import (docs/adr/0024-two-app-servers.md):
/// it renews the import's lease every <see cref="Renewal"/>, each renewal lasting
/// <see cref="Length"/>, and looks for imports whose lease expired every <see cref="Recovery"/>
/// (configuration <c>Whereabouts:Lists:LeaseSeconds</c>, <c>…:LeaseRenewalSeconds</c>,
/// <c>…:RecoverySeconds</c>).
/// </summary>
public sealed record ListImportLeaseSettings
{
    /// <summary>The configuration key of <see cref="Length"/>, in seconds.</summary>
    public const string LengthSetting = "Whereabouts:Lists:LeaseSeconds";

    /// <summary>The configuration key of <see cref="Renewal"/>, in seconds.</summary>
    public const string RenewalSetting = "Whereabouts:Lists:LeaseRenewalSeconds";

    /// <summary>The configuration key of <see cref="Recovery"/>, in seconds.</summary>
    public const string RecoverySetting = "Whereabouts:Lists:RecoverySeconds";

    /// <summary>The settings when none are configured: a 60 s lease renewed every 15 s, recovery every minute.</summary>
    public static readonly ListImportLeaseSettings Default = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1));

    /// <summary>Creates the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A time is not positive, or a renewal does not come well within a lease (at most half of it).</exception>
    public ListImportLeaseSettings(TimeSpan length, TimeSpan renewal, TimeSpan recovery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(renewal, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(recovery, TimeSpan.Zero);

        // A lease outlives at least two renewals: one renewal that fails (the database was busy
        // for a moment) does not let another server's recovery fail a live import.
        ArgumentOutOfRangeException.ThrowIfLessThan(length, renewal * 2);
        Length = length;
        Renewal = renewal;
        Recovery = recovery;
    }

    /// <summary>How long a lease lasts after it is taken or renewed.</summary>
    public TimeSpan Length { get; }

    /// <summary>How often a running import's lease is renewed.</summary>
    public TimeSpan Renewal { get; }

    /// <summary>How often each server looks for imports whose server stopped.</summary>
    public TimeSpan Recovery { get; }

    /// <summary>Settings from configured seconds, each the default when not given.</summary>
    public static ListImportLeaseSettings FromSeconds(int? length, int? renewal, int? recovery) => new(
        length is { } l ? TimeSpan.FromSeconds(l) : Default.Length,
        renewal is { } r ? TimeSpan.FromSeconds(r) : Default.Renewal,
        recovery is { } c ? TimeSpan.FromSeconds(c) : Default.Recovery);
}
