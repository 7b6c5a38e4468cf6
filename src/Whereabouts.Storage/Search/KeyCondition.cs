namespace Whereabouts.Storage.Search;

/// <summary>
/// The name keys one word of a search stands for (<see cref="PersonSearchSql"/>): keys a name key
/// must equal, and ranges it may fall in (the keys a typed prefix begins).
/// </summary>
/// <param name="Keys">Keys matched as a whole.</param>
/// <param name="Ranges">Ranges of keys, each matched by any key inside it.</param>
public sealed record KeyCondition(IReadOnlyList<string> Keys, IReadOnlyList<KeyRange> Ranges)
{
    /// <summary>
    /// How many key rows the condition matches, when the caller knows (the key vocabulary says):
    /// lets the SQL test another word the cheaper way for the sizes at hand.
    /// </summary>
    public long? Rows { get; init; }

    /// <summary>One key alone.</summary>
    public static KeyCondition Of(string key) => new([key], []);

    /// <summary>One range alone.</summary>
    public static KeyCondition Of(KeyRange range) => new([], [range]);
}
