namespace Whereabouts.Domain;

/// <summary>Whether a figure is stated, denied or only rumoured.</summary>
public enum ClaimStatus
{
    /// <summary>Stated by the claimant as true.</summary>
    Asserted,

    /// <summary>A figure the claimant denied ("the ministry denied reports of 171 missing").</summary>
    Denied,

    /// <summary>A figure that circulated without a claimant who stands behind it.</summary>
    Rumour,
}
