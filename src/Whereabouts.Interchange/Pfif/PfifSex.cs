namespace Whereabouts.Interchange.Pfif;

/// <summary>The values of PFIF's <c>sex</c> field. An absent field means the sex is unknown.</summary>
public enum PfifSex
{
    /// <summary><c>female</c>.</summary>
    Female,

    /// <summary><c>male</c>.</summary>
    Male,

    /// <summary><c>other</c>.</summary>
    Other,
}
