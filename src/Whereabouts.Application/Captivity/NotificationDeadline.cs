namespace Whereabouts.Application.Captivity;

/// <summary>
/// When a notification of a capture counts as late: more than <see cref="Days"/> days after the
/// capture date. Configured as <c>Whereabouts:Obligations:LateAfterDays</c>.
/// </summary>
/// <remarks>
/// Geneva Convention III asks for the information "within the shortest possible period" (art. 122)
/// and its transmission "as rapidly as possible" (art. 123), and gives no number. The one number it
/// gives for the first news of a prisoner is in art. 70: the capture card is to be sent
/// "immediately upon capture, or not more than one week after arrival at a camp". A detaining side
/// that lets the prisoner himself write home within a week can tell the Information Bureau and the
/// ICRC within a week, so the default is 7 days (docs/adr/0026). A registry that holds itself to
/// another reading sets its own.
/// </remarks>
/// <param name="Days">The most days a notification may take and still count as on time; 0 or more.</param>
public sealed record NotificationDeadline(int Days)
{
    /// <summary>The configuration key of <see cref="Days"/>.</summary>
    public const string Setting = "Whereabouts:Obligations:LateAfterDays";

    /// <summary>The default: seven days (GC III art. 70's week, see the remarks).</summary>
    public const int DefaultDays = 7;

    /// <summary>The default deadline.</summary>
    public static NotificationDeadline Default { get; } = new(DefaultDays);

    /// <summary>Whether a notification after <paramref name="days"/> days is late.</summary>
    public bool IsLate(int days) => days > Days;
}
