namespace Whereabouts.Tables.Layout;

/// <summary>Sex as a list's cell states it.</summary>
public enum ListSex
{
    /// <summary>Male (m, м, муж., ար, kişi…).</summary>
    Male,

    /// <summary>Female (f, ж, жен., իգ, qadın…).</summary>
    Female,
}
