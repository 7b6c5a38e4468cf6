using System.Text;
using System.Text.Json;
using Whereabouts.Tables.Reading;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// What a person said about how to read a list, where the reader's own guess is not enough: which
/// sheet, which row is the header, what some columns hold, the order of a full name. Anything it
/// leaves out is detected. Saved as a named template: a JSON file for the CLI's <c>--map</c>, a
/// stored template in the web app (<see cref="Parse"/>, <see cref="ToJson"/>).
/// </summary>
public sealed record ListMapping
{
    private static readonly string[] Properties = ["sheet", "headerLine", "columns", "nameOrder"];

    /// <summary>The sheet to read (any case); null: the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>The header's line (row number); null: the first row whose cells name a person's name columns.</summary>
    public int? HeaderLine { get; init; }

    /// <summary>
    /// What columns hold, by their header as the list wrote it (compared ignoring case, spacing and
    /// punctuation) or by their letter (A, B, … AA); a column named here is read as said, the rest
    /// are recognised by their header. <see cref="ListField.Extra"/> keeps a column out of the
    /// reading. When a letter mapping gives the name column, the first row is the header unless
    /// <see cref="HeaderLine"/> says otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, ListField> Columns { get; init; } = new Dictionary<string, ListField>();

    /// <summary>The order of a full-name column.</summary>
    public NameOrder NameOrder { get; init; } = NameOrder.Detect;

    /// <summary>
    /// Reads a mapping from JSON: <c>{"sheet": "Лист1", "headerLine": 3, "columns": {"ФИО":
    /// "FullName", "F": "Unit"}, "nameOrder": "FamilyFirst"}</c>, every property optional; field and
    /// order names in any case.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">What messages call the mapping (its file name).</param>
    /// <exception cref="TableInputException">The JSON is malformed, or names a property, field or order that does not exist, or a header line below 1; the message lists what is valid.</exception>
    public static ListMapping Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw Refuse(sourceName, (int)(e.LineNumber ?? -1) + 1, EngineText.Of($"not valid mapping JSON: {e.Message}"));
        }
        catch (ArgumentException e)
        {
            // Text that is not valid UTF-16 (a lone surrogate) cannot be read as JSON.
            throw Refuse(sourceName, 0, EngineText.Of($"not valid mapping JSON: {e.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Refuse(sourceName, 0, EngineText.Of($"a mapping is a JSON object with the properties {Quoted(Properties)}, not {Kind(root)}"));
            }

            string? sheet = null;
            int? headerLine = null;
            var columns = new Dictionary<string, ListField>(StringComparer.Ordinal);
            var order = NameOrder.Detect;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "sheet":
                        sheet = property.Value.ValueKind switch
                        {
                            JsonValueKind.Null => null,
                            JsonValueKind.String => property.Value.GetString(),
                            _ => throw Refuse(sourceName, 0, EngineText.Of($"\"sheet\" is a sheet's name in quotes, not {Kind(property.Value)}")),
                        };
                        break;
                    case "headerLine":
                        headerLine = property.Value.ValueKind switch
                        {
                            JsonValueKind.Null => null,
                            JsonValueKind.Number when property.Value.TryGetInt32(out var line) && line >= 1 => line,
                            _ => throw Refuse(sourceName, 0, EngineText.Of($"\"headerLine\" is a line number of 1 or more, not {property.Value.GetRawText()}")),
                        };
                        break;
                    case "columns":
                        ReadColumns(property.Value, columns, sourceName);
                        break;
                    case "nameOrder":
                        order = ParseName<NameOrder>(property.Value, "nameOrder", sourceName);
                        break;
                    default:
                        throw Refuse(sourceName, 0, EngineText.Of($"a mapping has no property \"{property.Name}\"; its properties are {Quoted(Properties)}"));
                }
            }

            return new ListMapping { Sheet = sheet, HeaderLine = headerLine, Columns = columns, NameOrder = order };
        }
    }

    /// <summary>The mapping as JSON that <see cref="Parse"/> reads back: camelCase properties, field and order names as strings, indented.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            if (Sheet is not null)
            {
                writer.WriteString("sheet", WellFormed(Sheet));
            }

            if (HeaderLine is { } line)
            {
                writer.WriteNumber("headerLine", line);
            }

            writer.WriteStartObject("columns");
            foreach (var (key, field) in Columns)
            {
                writer.WriteString(WellFormed(key), field.ToString());
            }

            writer.WriteEndObject();
            writer.WriteString("nameOrder", NameOrder.ToString());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The text with a lone surrogate (which JSON cannot hold) replaced by U+FFFD; header
    /// comparison treats both as a separator, so the key still finds its column.
    /// </summary>
    private static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                var chars = text.ToCharArray();
                for (var k = i; k < chars.Length; k++)
                {
                    var paired = (char.IsHighSurrogate(chars[k]) && k + 1 < chars.Length && char.IsLowSurrogate(chars[k + 1]))
                        || (char.IsLowSurrogate(chars[k]) && k > 0 && char.IsHighSurrogate(chars[k - 1]));
                    chars[k] = char.IsSurrogate(chars[k]) && !paired ? '\uFFFD' : chars[k];
                }

                return new string(chars);
            }
        }

        return text;
    }

    private static void ReadColumns(JsonElement value, Dictionary<string, ListField> columns, string sourceName)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Refuse(sourceName, 0, EngineText.Of($"\"columns\" is an object of a header or column letter to a field, such as {{\"ФИО\": \"FullName\"}}, not {Kind(value)}"));
        }

        foreach (var column in value.EnumerateObject())
        {
            if (string.IsNullOrWhiteSpace(column.Name))
            {
                throw Refuse(sourceName, 0, EngineText.Of($"\"columns\" has an empty header; name a column by its header or its letter"));
            }

            if (!columns.TryAdd(column.Name, ParseName<ListField>(column.Value, $"column \"{column.Name}\"", sourceName)))
            {
                throw Refuse(sourceName, 0, EngineText.Of($"\"columns\" names \"{column.Name}\" twice"));
            }
        }
    }

    private static T ParseName<T>(JsonElement value, string what, string sourceName)
        where T : struct, Enum
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<T>(name);
            }
        }

        var written = value.ValueKind == JsonValueKind.String ? $"\"{text}\"" : value.GetRawText();
        throw Refuse(sourceName, 0, EngineText.Of($"{what}: {written} is not one of {Quoted(Enum.GetNames<T>())}"));
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    private static string Kind(JsonElement value) => value.ValueKind.ToString().ToLowerInvariant() switch
    {
        "object" => "an object",
        "array" => "an array",
        var kind => kind == "undefined" ? "nothing" : "a " + kind,
    };

    private static TableInputException Refuse(string sourceName, int line, EngineText message) =>
        new(new TableProblem(sourceName, null, Math.Max(0, line), null, message));
}
