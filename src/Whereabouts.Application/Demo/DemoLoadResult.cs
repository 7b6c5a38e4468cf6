namespace Whereabouts.Application.Demo;

/// <summary>What a demo load added; all zero when the demo data was already there.</summary>
public sealed record DemoLoadResult(int Places, int Incidents, int Sources, int Claims, int People, int Exchanges)
{
    /// <summary>True when the load added nothing.</summary>
    public bool AddedNothing => Places + Incidents + Sources + Claims + People + Exchanges == 0;
}
