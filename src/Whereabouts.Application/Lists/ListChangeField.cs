namespace Whereabouts.Application.Lists;

/// <summary>What a list's row can say differently in a newer version of the list.</summary>
public enum ListChangeField
{
    /// <summary>The fate the row states.</summary>
    Fate,

    /// <summary>The date the row's fate refers to.</summary>
    FateDate,

    /// <summary>The spelling of the given name.</summary>
    GivenName,

    /// <summary>The spelling of the family name.</summary>
    FamilyName,

    /// <summary>The spelling of the patronymic.</summary>
    Patronymic,

    /// <summary>The date of birth.</summary>
    BirthDate,

    /// <summary>The military rank.</summary>
    Rank,

    /// <summary>The military unit.</summary>
    Unit,

    /// <summary>The service number.</summary>
    ServiceNumber,
}
