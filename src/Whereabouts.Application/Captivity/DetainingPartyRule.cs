namespace Whereabouts.Application.Captivity;

/// <summary>Which rule gave a captive's detaining party (docs/adr/0026), tried in this order.</summary>
public enum DetainingPartyRule
{
    /// <summary>The party named on his latest standing event of captivity that names one.</summary>
    CaptivityEvent = 0,

    /// <summary>The detaining party of a legal case he is in (the latest lodged that names one).</summary>
    LegalCase = 1,

    /// <summary>The registry has exactly two parties and he belongs to one: the other one.</summary>
    OtherParty = 2,

    /// <summary>None of the rules above gives one.</summary>
    Unknown = 3,
}
