namespace Whereabouts.Application.Exports;

/// <summary>
/// What a snapshot column holds, which decides its text form in CSV, its JSON type and how an
/// import checks it.
/// </summary>
public enum SnapshotColumnKind
{
    /// <summary>Free text; in CSV an empty field means no value (the registry stores no empty texts).</summary>
    Text,

    /// <summary>A GUID in its 36-character form with hyphens, lowercase.</summary>
    Id,

    /// <summary>A partial date in its text form: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, optionally after <c>~</c>.</summary>
    Date,

    /// <summary>An instant in UTC, ISO 8601 with seven fractional digits and <c>Z</c>.</summary>
    Timestamp,

    /// <summary>The name of an enum member, exactly as the registry spells it (never its number).</summary>
    Enum,

    /// <summary>A whole number; a JSON number.</summary>
    WholeNumber,

    /// <summary>A decimal number in the shortest form that reads back to the same double; a JSON number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>; a JSON boolean.</summary>
    Boolean,
}
