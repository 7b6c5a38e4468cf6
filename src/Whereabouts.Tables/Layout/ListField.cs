namespace Whereabouts.Tables.Layout;

/// <summary>What a list's column holds. A column that maps to nothing is <see cref="Extra"/>: kept with each row as the list wrote it.</summary>
public enum ListField
{
    /// <summary>Nothing the registry reads: kept with each row, shown to reviewers, never a reason to refuse a file.</summary>
    Extra,

    /// <summary>The row's number or id in its list (№, Հ/Հ, id); the line number serves when there is none.</summary>
    Id,

    /// <summary>The whole name in one cell, in the order the list uses (see <see cref="NameOrder"/>).</summary>
    FullName,

    /// <summary>The family name (surname).</summary>
    FamilyName,

    /// <summary>The given name.</summary>
    GivenName,

    /// <summary>The patronymic or the father's name, perhaps as an initial.</summary>
    Patronymic,

    /// <summary>The date of birth: a date, a year, or an Excel date.</summary>
    BirthDate,

    /// <summary>The place of birth, as written.</summary>
    BirthPlace,

    /// <summary>Sex (m/f, м/ж, ար/իգ, kişi/qadın…).</summary>
    Sex,

    /// <summary>The party to the conflict the row's person belongs to.</summary>
    Side,

    /// <summary>Military rank, as written.</summary>
    Rank,

    /// <summary>Military unit (в/ч, զ/մ, h/h), as written.</summary>
    Unit,

    /// <summary>Service (personal) number.</summary>
    ServiceNumber,

    /// <summary>The fate the list states for the row (missing, captured…), in any of the four languages.</summary>
    Fate,

    /// <summary>The date the row's fate refers to.</summary>
    FateDate,

    /// <summary>Notes, remarks (примечание, նշումներ, qeyd).</summary>
    Notes,
}
