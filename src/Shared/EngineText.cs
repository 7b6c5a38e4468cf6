using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Whereabouts.Engines;

/// <summary>
/// An engine's message as a template and its values, so that an application can show it in its
/// reader's language (the template is the key of a translation) while the engine stays free of
/// everything but its own job. <c>EngineText.Of($"line {n} is empty")</c> is the template
/// <c>"line {0} is empty"</c> with <c>n</c> kept apart; <see cref="English"/> is the message as the
/// engine writes it.
/// </summary>
/// <remarks>Compiled into each engine as an internal type (linked from <c>src/Shared</c>); engines
/// expose the template and the values as plain properties of their problems and exceptions.</remarks>
internal sealed class EngineText
{
    private EngineText(string template, object?[] values)
    {
        Template = template;
        Values = values;
        English = values.Length == 0 ? string.Format(CultureInfo.InvariantCulture, template) : string.Format(CultureInfo.InvariantCulture, template, values);
    }

    /// <summary>The template: composite format, braces of the text doubled, <c>{n}</c> for each value.</summary>
    public string Template { get; }

    /// <summary>The values, in order.</summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>The message in English, its values written in the invariant culture.</summary>
    public string English { get; }

    /// <summary>The message an interpolated string makes.</summary>
    public static EngineText Of(EngineTextHandler text) => new(text.Template, text.Values);

    /// <summary>A fixed text, or one whose values are already written into it.</summary>
    public static EngineText Plain(string text) =>
        new(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), []);

    /// <inheritdoc/>
    public override string ToString() => English;
}

/// <summary>Turns an interpolated string into an <see cref="EngineText"/> (as the domain's SentenceHandler does for sentences).</summary>
[InterpolatedStringHandler]
internal ref struct EngineTextHandler
{
    private readonly StringBuilder _template;
    private readonly List<object?> _values;

    public EngineTextHandler(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + (4 * formattedCount));
        _values = new List<object?>(formattedCount);
    }

    public readonly string Template => _template.ToString();

    public readonly object?[] Values => [.. _values];

    public readonly void AppendLiteral(string value) =>
        _template.Append(value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    public readonly void AppendFormatted<T>(T value) => Append(value, null);

    public readonly void AppendFormatted<T>(T value, string? format) => Append(value, format);

    private readonly void Append(object? value, string? format)
    {
        _template.Append('{').Append(_values.Count.ToString(CultureInfo.InvariantCulture));
        if (format is not null)
        {
            _template.Append(':').Append(format);
        }

        _template.Append('}');
        _values.Add(value);
    }
}
