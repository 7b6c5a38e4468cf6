namespace Whereabouts.Domain;

/// <summary>A person's sex as recorded by the reporting source.</summary>
public enum Sex
{
    /// <summary>Not recorded.</summary>
    Unknown,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,
}
