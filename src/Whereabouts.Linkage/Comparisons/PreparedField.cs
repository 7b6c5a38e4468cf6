namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// The values of one field for every record of one table, prepared once before any pair is
/// compared: the comparison value (normalised, transliterated), the equality key (a name key, a
/// canonical date), and for dates the parts.
/// </summary>
internal sealed class PreparedField(int count)
{
    /// <summary>The value compared for similarity, or null when missing.</summary>
    public string?[] Value { get; } = new string?[count];

    /// <summary>The coarser equality and blocking key, or null when missing.</summary>
    public string?[] Key { get; } = new string?[count];

    /// <summary>Year of a date (0 when unknown or not a date).</summary>
    public int[] Year { get; } = new int[count];

    /// <summary>Month of a date (0 when unknown).</summary>
    public int[] Month { get; } = new int[count];

    /// <summary>Day of a date (0 when unknown).</summary>
    public int[] Day { get; } = new int[count];

    /// <summary>For name comparisons, each record's name in parts; null for other fields.</summary>
    public PersonName?[]? Names { get; set; }

    /// <summary>For comparisons that use them, each record's value and key as hashes and letter sets; null otherwise.</summary>
    public TextCode[]? Codes { get; set; }

    /// <summary>For name comparisons, each record's name as hashes and letter sets (<see cref="PersonNameCode"/>); null for other fields.</summary>
    public PersonNameCode[]? NameCodes { get; set; }

    /// <summary>For person names, the sorted stems of given and family name in every reading (blocking part <c>name</c>); null for other fields.</summary>
    public Blocking.BlockingKeys? WholeKeys { get; set; }

    /// <summary>For person names, the family stem in every reading (blocking part <c>name:family</c>); null for other fields.</summary>
    public Blocking.BlockingKeys? FamilyKeys { get; set; }

    /// <summary>For person names, the given-name key in every reading (blocking part <c>name:given</c>); null for other fields.</summary>
    public Blocking.BlockingKeys? GivenKeys { get; set; }

    /// <summary>For person names, the sorted initials of given and family name (blocking part <c>name:initials</c>); null for other fields.</summary>
    public Blocking.BlockingKeys? InitialKeys { get; set; }
}
