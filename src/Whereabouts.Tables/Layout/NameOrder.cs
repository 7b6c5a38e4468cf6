namespace Whereabouts.Tables.Layout;

/// <summary>Where a full-name column puts the family name.</summary>
public enum NameOrder
{
    /// <summary>Decided per list from its names (family-name endings, patronymic forms); family first when nothing tells, as official Russian, Armenian and Azerbaijani lists write.</summary>
    Detect,

    /// <summary>"Family Given Patronymic" (Арутюнян Арман Гарикович): Russian, Armenian and Azerbaijani official lists.</summary>
    FamilyFirst,

    /// <summary>"Given [Patronymic] Family" (Arman Harutyunyan): English lists and the press.</summary>
    FamilyLast,
}
