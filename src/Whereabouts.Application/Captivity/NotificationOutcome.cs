namespace Whereabouts.Application.Captivity;

/// <summary>How a capture's notification went, the rows of the public aggregate.</summary>
public enum NotificationOutcome
{
    /// <summary>Notified within the deadline.</summary>
    OnTime = 0,

    /// <summary>Notified after the deadline.</summary>
    Late = 1,

    /// <summary>Never notified.</summary>
    Never = 2,
}
