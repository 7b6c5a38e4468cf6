using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Whereabouts.Domain;

/// <summary>
/// Turns an interpolated string into a <see cref="Sentence"/>: the literal parts become the
/// template (braces doubled) and each hole a numbered placeholder with its value kept, so that a
/// call site reads as the English it produces: <c>$"{date} is in the future."</c> is the template
/// <c>"{0} is in the future."</c> with the date as its argument.
/// </summary>
[InterpolatedStringHandler]
public ref struct SentenceHandler
{
    private readonly StringBuilder _template;
    private readonly List<object?> _arguments;

    /// <summary>Called by the compiler with the sizes of the interpolated string.</summary>
    public SentenceHandler(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + (4 * formattedCount));
        _arguments = new List<object?>(formattedCount);
    }

    /// <summary>A literal part, its braces doubled so that they stay literal in the template.</summary>
    public readonly void AppendLiteral(string value) =>
        _template.Append(value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    /// <summary>A hole: <c>{n}</c> in the template.</summary>
    public readonly void AppendFormatted<T>(T value) => Append(value, null, null);

    /// <summary>A hole with a format: <c>{n:format}</c> in the template.</summary>
    public readonly void AppendFormatted<T>(T value, string? format) => Append(value, null, format);

    /// <summary>A hole with an alignment: <c>{n,alignment}</c> in the template.</summary>
    public readonly void AppendFormatted<T>(T value, int alignment) => Append(value, alignment, null);

    /// <summary>A hole with an alignment and a format: <c>{n,alignment:format}</c> in the template.</summary>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format) => Append(value, alignment, format);

    /// <summary>The sentence written so far.</summary>
    internal readonly Sentence ToSentence() => Sentence.Format(_template.ToString(), [.. _arguments]);

    private readonly void Append(object? value, int? alignment, string? format)
    {
        _template.Append('{').Append(_arguments.Count.ToString(CultureInfo.InvariantCulture));
        if (alignment is { } width)
        {
            _template.Append(',').Append(width.ToString(CultureInfo.InvariantCulture));
        }

        if (format is not null)
        {
            _template.Append(':').Append(format);
        }

        _template.Append('}');
        _arguments.Add(value);
    }
}
