using System.Text.Json;
using System.Text.Json.Serialization;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// What a person said about how to read a list, where the reader's own guess is not enough: which
/// sheet, which row is the header, what some columns hold, the order of a full name. Anything it
/// leaves out is detected. Saved as a named template (a JSON file for the CLI's <c>--map</c>).
/// </summary>
public sealed record ListMapping
{
    /// <summary>The sheet to read (any case); null: the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>The header's line (row number); null: the first row whose cells name a person's name columns.</summary>
    public int? HeaderLine { get; init; }

    /// <summary>
    /// What columns hold, by their header as the list wrote it (compared ignoring case and spacing)
    /// or by their letter (A, B, … AA); a column named here is read as said, the rest are recognised
    /// by their header. <see cref="ListField.Extra"/> keeps a column out of the reading.
    /// </summary>
    public IReadOnlyDictionary<string, ListField> Columns { get; init; } = new Dictionary<string, ListField>();

    /// <summary>The order of a full-name column.</summary>
    public NameOrder NameOrder { get; init; } = NameOrder.Detect;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        WriteIndented = true,
    };

    /// <summary>Reads a mapping from its JSON form; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="TableInputException">The text is not a mapping.</exception>
    public static ListMapping Parse(string json, string sourceName)
    {
        try
        {
            var mapping = JsonSerializer.Deserialize<ListMapping>(json, Json)
                ?? throw new TableInputException(new TableProblem(sourceName, null, 0, null, "the mapping is empty"));
            if (mapping.HeaderLine is < 1)
            {
                throw new TableInputException(new TableProblem(sourceName, null, 0, "headerLine", "the header line is 1 or more"));
            }

            return mapping with { Columns = mapping.Columns ?? new Dictionary<string, ListField>() };
        }
        catch (JsonException e)
        {
            throw new TableInputException(new TableProblem(
                sourceName, null, 0, null,
                $"not a mapping ({e.Message}); fields are {string.Join(", ", Enum.GetNames<ListField>())} and name orders {string.Join(", ", Enum.GetNames<NameOrder>())}"));
        }
    }

    /// <summary>The mapping's JSON form, as <see cref="Parse"/> reads it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
