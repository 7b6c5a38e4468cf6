namespace Whereabouts.Domain;

/// <summary>What was done with the contact details of a tracing request's enquirer.</summary>
public enum ContactEventKind
{
    /// <summary>Contact details were recorded (encrypted; the event never holds them).</summary>
    Recorded = 0,

    /// <summary>Someone was shown the contact details.</summary>
    Viewed = 1,

    /// <summary>The contact details were replaced by new ones.</summary>
    Replaced = 2,

    /// <summary>The contact details were erased, at the family's request or for another recorded reason.</summary>
    Erased = 3,
}
