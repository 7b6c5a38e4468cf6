namespace Whereabouts.Application.Demo;

/// <summary>What a demo load added; all zero when the demo data was already there.</summary>
public sealed record DemoLoadResult(int Places, int Incidents, int Sources, int Claims, int People, int Exchanges)
{
    /// <summary>How many legal cases (with their proceedings) were added.</summary>
    public int LegalCases { get; init; }

    /// <summary>How many family notifications were added.</summary>
    public int Notifications { get; init; }

    /// <summary>How many events of captivity (notifications, visits, capture cards) were added.</summary>
    public int CaptivityEvents { get; init; }

    /// <summary>How many periods of control of places were added.</summary>
    public int PlaceControls { get; init; }

    /// <summary>True when the load added nothing.</summary>
    public bool AddedNothing => Places + Incidents + Sources + Claims + People + Exchanges + LegalCases + Notifications + CaptivityEvents + PlaceControls == 0;
}
