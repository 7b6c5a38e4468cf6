namespace Whereabouts.Domain;

/// <summary>
/// What the detaining side did, or let be done, for a captive, as Geneva Convention III requires:
/// notify the capture (arts. 122–123), let the prisoner send a capture card and messages (arts. 70–71),
/// allow the ICRC to visit (art. 126).
/// </summary>
public enum CaptivityEventKind
{
    /// <summary>The detaining side notified the capture (through its information bureau, to the ICRC or to the other side).</summary>
    CaptureNotified = 0,

    /// <summary>The ICRC confirmed the capture.</summary>
    CaptureConfirmedByIcrc = 1,

    /// <summary>The ICRC (or another body the detaining side admitted) visited the captive.</summary>
    Visit = 2,

    /// <summary>A capture card written by the captive reached the family or the ICRC.</summary>
    CaptureCard = 3,

    /// <summary>A message from the captive (a Red Cross message, a letter, a call) reached the family.</summary>
    Message = 4,
}
