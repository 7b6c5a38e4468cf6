namespace Whereabouts.Domain;

/// <summary>
/// The stages a missing or captured person's fate moves through. Each is asserted with evidence;
/// the numbers are stored in the database and must not be changed.
/// </summary>
public enum FateStatus
{
    /// <summary>Whereabouts and fate unknown; the person has been reported missing.</summary>
    Missing = 0,

    /// <summary>Said to be captured (a video, a statement of the other side), not yet confirmed.</summary>
    ReportedCaptured = 1,

    /// <summary>Capture confirmed by the ICRC or the detaining power.</summary>
    CaptureConfirmed = 2,

    /// <summary>Held by the detaining power, with a known place or status of detention.</summary>
    Detained = 3,

    /// <summary>Being tried by a court of the detaining power.</summary>
    OnTrial = 4,

    /// <summary>Sentenced by a court of the detaining power and still held.</summary>
    Sentenced = 5,

    /// <summary>Let go by the detaining power (handed over, exchanged), not yet known to be home.</summary>
    Released = 6,

    /// <summary>Returned to their own side.</summary>
    Repatriated = 7,

    /// <summary>Found alive and free without having been held (lost contact, hid, escaped).</summary>
    FoundAlive = 8,

    /// <summary>Dead, by a credible report, with or without remains.</summary>
    Deceased = 9,

    /// <summary>Remains recovered and believed to be this person, not yet identified.</summary>
    RemainsRecovered = 10,

    /// <summary>Remains identified as this person (typically by DNA).</summary>
    RemainsIdentified = 11,
}
