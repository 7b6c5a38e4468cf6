namespace Whereabouts.Domain;

/// <summary>What a count claim counts over.</summary>
public enum ClaimScope
{
    /// <summary>The whole conflict, or no narrower scope is stated.</summary>
    Overall,

    /// <summary>One incident (the fighting at Hin Tagher and Khtsabert, an exchange).</summary>
    Incident,

    /// <summary>One place.</summary>
    Place,
}
