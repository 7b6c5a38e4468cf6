using System.Text.Json;
using System.Text.Json.Serialization;

namespace Whereabouts.Linkage.Settings;

/// <summary>
/// What to compare and how: the id column, the fields and their comparisons, the blocking rules,
/// and the match threshold. Read from a JSON file, or <see cref="ForPersonLists"/> for the
/// registry's own person lists.
/// </summary>
/// <remarks>
/// A blocking rule is a list of field names; two records become a candidate pair when their
/// blocking keys agree on every field of at least one rule (names agree by their transliterated
/// key, dates by their year when the rule says <c>field:year</c>). Several rules catch what one
/// misses: a typo in a surname still meets on the birth date.
/// </remarks>
public sealed record LinkageSettings
{
    /// <summary>The column with each record's identity.</summary>
    [JsonPropertyName("id_column")]
    public string IdColumn { get; init; } = "id";

    /// <summary>The column separator of the input files; the FEBRL files use ", ".</summary>
    [JsonPropertyName("separator")]
    public string Separator { get; init; } = ",";

    /// <summary>The compared fields.</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<FieldSettings> Fields { get; init; } = [];

    /// <summary>The blocking rules: each a list of field names, optionally with a <c>:year</c> or <c>:prefixN</c> modifier.</summary>
    [JsonPropertyName("blocking")]
    public IReadOnlyList<IReadOnlyList<string>> Blocking { get; init; } = [];

    /// <summary>Pairs at or above this match probability are predicted matches.</summary>
    [JsonPropertyName("threshold")]
    public double Threshold { get; init; } = 0.9;

    /// <summary>How many random pairs to draw when estimating u-probabilities.</summary>
    [JsonPropertyName("u_sample_pairs")]
    public int USamplePairs { get; init; } = 2_000_000;

    /// <summary>How many pairs to sample per blocked field when training m-probabilities.</summary>
    [JsonPropertyName("training_pairs_per_field")]
    public int TrainingPairsPerField { get; init; } = 300_000;

    /// <summary>The name columns of person lists.</summary>
    private static readonly NameColumns PersonNameColumns = new() { Given = "given_name", Family = "family_name", Patronymic = "patronymic", Full = "full_name" };

    /// <summary>
    /// Settings for person lists with the columns id, given_name, family_name, patronymic,
    /// full_name, birth_date, birth_place (any subset besides id; pass the columns of both lists).
    /// The given, family and full names are one field, <c>name</c>, compared as a bag of names
    /// whichever column they are in; the patronymic is read from its column or from the full name.
    /// </summary>
    public static LinkageSettings ForPersonLists(IReadOnlyCollection<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        bool Has(string column) => columns.Contains(column, StringComparer.OrdinalIgnoreCase);
        var fields = new List<FieldSettings>();
        if (Has("given_name") || Has("family_name") || Has("full_name"))
        {
            fields.Add(new FieldSettings
            {
                Name = "name",
                Comparison = ComparisonKind.PersonName,
                TermFrequency = true,
                NameColumns = PersonNameColumns,
            });
        }

        if (Has("patronymic") || Has("full_name"))
        {
            fields.Add(new FieldSettings
            {
                Name = "patronymic",
                Comparison = ComparisonKind.Patronymic,
                TermFrequency = true,

                // The same columns as the name: each record's name is split once for both fields.
                NameColumns = PersonNameColumns,
            });
        }

        if (Has("birth_date"))
        {
            fields.Add(new FieldSettings { Name = "birth_date", Comparison = ComparisonKind.Date });
        }

        if (Has("birth_place"))
        {
            fields.Add(new FieldSettings { Name = "birth_place", Comparison = ComparisonKind.FamilyName, TermFrequency = true });
        }

        var names = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var rules = new List<IReadOnlyList<string>>();
        void Rule(params string[] parts)
        {
            if (parts.All(p => names.Contains(p.Split(':')[0])))
            {
                rules.Add(parts);
            }
        }

        // The whole name in any order and column; the family name with the birth year (a typo in
        // the given name); the initials with the birth date (typos, initials); the given or the
        // family name with the father (no birth date).
        Rule("name");
        Rule("name:family", "birth_date:year");
        Rule("name:initials", "birth_date");
        Rule("name:given", "patronymic");
        Rule("name:family", "patronymic");
        if (rules.Count == 0)
        {
            foreach (var field in fields)
            {
                rules.Add([field.Name]);
            }
        }

        return new LinkageSettings { IdColumn = "id", Fields = fields, Blocking = rules };
    }

    /// <summary>Reads settings from JSON.</summary>
    /// <exception cref="LinkageInputException">The JSON is malformed or the settings are inconsistent.</exception>
    public static LinkageSettings Parse(string json, string sourceName)
    {
        LinkageSettings? settings;
        try
        {
            settings = JsonSerializer.Deserialize<LinkageSettings>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new LinkageInputException(sourceName, (int)(e.LineNumber ?? -1) + 1, $"not valid settings JSON: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // Text that is not valid UTF-16 (a lone surrogate) cannot be transcoded to JSON.
            throw new LinkageInputException(sourceName, 0, $"not valid settings JSON: {e.Message}");
        }

        if (settings is null)
        {
            throw new LinkageInputException(sourceName, 0, "the settings are empty");
        }

        settings.Validate(sourceName);
        return settings;
    }

    /// <summary>Checks that fields are named once, rules name known fields, and numbers are in range.</summary>
    /// <exception cref="LinkageInputException">What is inconsistent.</exception>
    public void Validate(string sourceName)
    {
        if (Fields.Count == 0)
        {
            throw new LinkageInputException(sourceName, 0, "no fields to compare");
        }

        if (Fields.Count > 15)
        {
            throw new LinkageInputException(sourceName, 0, $"at most 15 fields can be compared, not {Fields.Count}");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (!names.Add(field.Name))
            {
                throw new LinkageInputException(sourceName, 0, $"field '{field.Name}' is declared twice");
            }
        }

        foreach (var field in Fields)
        {
            if (field.NameColumns is { } columns && (field.Comparison is not (ComparisonKind.PersonName or ComparisonKind.Patronymic) || !columns.All.Any()))
            {
                throw new LinkageInputException(sourceName, 0, $"field '{field.Name}' has name_columns, which need a person_name or patronymic comparison and at least one column");
            }
        }

        if (Blocking.Count == 0)
        {
            throw new LinkageInputException(sourceName, 0, "no blocking rules: without them every record would be compared with every other");
        }

        foreach (var rule in Blocking)
        {
            foreach (var part in rule)
            {
                var field = part.Split(':')[0];
                if (!names.Contains(field))
                {
                    throw new LinkageInputException(sourceName, 0, $"blocking rule [{string.Join(", ", rule)}] names '{field}', which is not a field");
                }

                var parsed = BlockingKeyPart.Parse(part, sourceName);
                if (parsed.Kind is BlockingKeyPart.Modifier.Family or BlockingKeyPart.Modifier.Given or BlockingKeyPart.Modifier.Initials
                    && Fields.First(f => f.Name == field).Comparison != ComparisonKind.PersonName)
                {
                    throw new LinkageInputException(sourceName, 0, $"blocking rule [{string.Join(", ", rule)}] uses '{part}', which only a person_name field has");
                }
            }
        }

        if (Threshold is <= 0 or >= 1 || double.IsNaN(Threshold))
        {
            throw new LinkageInputException(sourceName, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the threshold must be between 0 and 1, not {Threshold}"));
        }
    }

    /// <summary>The JSON settings: snake_case names, enums as snake_case strings, comments and trailing commas allowed.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };
}
