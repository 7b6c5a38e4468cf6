using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Whereabouts.Domain;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Application.Lists;

/// <summary>
/// The problems of a list as sentences with their places — "FILE, sheet S, line N, column C:
/// reason" — so that the pages show them in their reader's language (the tables engine's reasons
/// are templates too, docs/adr/0027), and as the JSON a failed upload keeps them in.
/// </summary>
internal static class ListProblems
{
    /// <summary>A problem the tables engine found, with its place.</summary>
    public static Sentence Of(TableProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return At(problem.FileName, problem.Sheet, problem.Line, problem.Column, Sentence.Format(problem.Template, [.. problem.Values]));
    }

    /// <summary><paramref name="reason"/> at its place; the parts of the place not known are left out.</summary>
    public static Sentence At(string file, string? sheet, int line, string? column, Sentence reason) => (sheet, line > 0, column) switch
    {
        (null, false, null) => Sentence.Of($"{file}: {reason}"),
        (null, true, null) => Sentence.Of($"{file}, line {line}: {reason}"),
        (null, false, { }) => Sentence.Of($"{file}, column \"{column}\": {reason}"),
        (null, true, { }) => Sentence.Of($"{file}, line {line}, column \"{column}\": {reason}"),
        ({ }, false, null) => Sentence.Of($"{file}, sheet \"{sheet}\": {reason}"),
        ({ }, true, null) => Sentence.Of($"{file}, sheet \"{sheet}\", line {line}: {reason}"),
        ({ }, false, { }) => Sentence.Of($"{file}, sheet \"{sheet}\", column \"{column}\": {reason}"),
        ({ }, true, { }) => Sentence.Of($"{file}, sheet \"{sheet}\", line {line}, column \"{column}\": {reason}"),
    };

    /// <summary>The problems as a failed upload keeps them: a JSON array of templates with their values.</summary>
    public static string Write(IEnumerable<Sentence> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new JsonArray([.. problems.Select(Node)]).ToJsonString();
    }

    /// <summary>
    /// The problems a failed upload keeps (see <see cref="Write"/>); an upload that failed before they
    /// were kept as templates has them as lines of English, each read as a sentence of its own.
    /// </summary>
    public static IReadOnlyList<Sentence> Read(string? kept)
    {
        if (string.IsNullOrWhiteSpace(kept))
        {
            return [];
        }

        if (kept.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(kept) is JsonArray array ? [.. array.OfType<JsonObject>().Select(Restored)] : [];
            }
            catch (JsonException)
            {
                // Not the JSON written here: shown as written.
            }
        }

        return [.. kept.Split('\n').Select(Sentence.Of)];
    }

    private static JsonObject Node(Sentence sentence) => new()
    {
        ["t"] = sentence.Template,
        ["a"] = new JsonArray([.. sentence.Arguments.Select(Value)]),
    };

    // Values keep what a translation formats: numbers stay numbers and nested sentences stay
    // sentences; anything else is kept as its invariant text.
    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        Sentence nested => Node(nested),
        int or long or short or byte => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float or decimal => JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        IFormattable formattable => JsonValue.Create(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };

    private static Sentence Restored(JsonObject node)
    {
        var template = node["t"]?.GetValue<string>() ?? string.Empty;
        var values = node["a"] is JsonArray array ? array.Select(Restore).ToArray() : [];
        try
        {
            return Sentence.Format(template, values);
        }
        catch (FormatException)
        {
            return Sentence.Of(template);
        }
    }

    private static object? Restore(JsonNode? node) => node switch
    {
        null => null,
        JsonObject nested => Restored(nested),
        JsonValue value when value.TryGetValue<long>(out var whole) => whole,
        JsonValue value when value.TryGetValue<double>(out var real) => real,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
