using System.Globalization;

namespace Whereabouts.Domain;

/// <summary>
/// A message for the person who made a request, kept as an English template and its arguments, so
/// that whoever shows it can translate the template and write the arguments in the reader's
/// language (a date as "12 янв. 2021", a number as "2 000"), while the API and the logs read
/// <see cref="English"/>. Nothing here knows about languages: the template is the key a reader's
/// translation is found under.
/// </summary>
/// <remarks>
/// Written as an interpolated string where a <see cref="SentenceHandler"/> is accepted
/// (<c>errors.Add("name", $"Keep it to {max} characters.")</c>), or with <see cref="Of(string)"/>
/// for a fixed text. Two sentences are equal when their English texts are.
/// </remarks>
public sealed class Sentence : IEquatable<Sentence>
{
    private readonly object?[] _arguments;

    private Sentence(string template, object?[] arguments)
    {
        Template = template;
        _arguments = arguments;
        English = arguments.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, arguments);
    }

    /// <summary>
    /// The English text with a numbered placeholder (<c>{0}</c>, <c>{1:N0}</c>) for each argument,
    /// as <see cref="string.Format(IFormatProvider, string, object?[])"/> reads it, braces doubled;
    /// without arguments, the text itself, braces as they are.
    /// </summary>
    public string Template { get; }

    /// <summary>The values in the placeholders, in their order: numbers, dates, names, ids, and other sentences.</summary>
    public IReadOnlyList<object?> Arguments => _arguments;

    /// <summary>The text in English, the arguments written invariantly (the API's and the log's language).</summary>
    public string English { get; }

    /// <summary>A fixed text, with nothing to put into it.</summary>
    public static Sentence Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Sentence(text, []);
    }

    /// <summary>The sentence an interpolated string makes: its holes become the arguments.</summary>
    public static Sentence Of(SentenceHandler text) => text.ToSentence();

    /// <summary>A template with its arguments, for a sentence built from parts (the template as <see cref="Template"/> describes).</summary>
    /// <exception cref="FormatException">The template names an argument it is not given.</exception>
    public static Sentence Format(string template, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);

        // Without arguments a template is plain text, so its doubled braces are undone here.
        return arguments.Length == 0
            ? new Sentence(string.Format(CultureInfo.InvariantCulture, template), [])
            : new Sentence(template, [.. arguments]);
    }

    /// <inheritdoc/>
    public bool Equals(Sentence? other) => other is not null && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Sentence);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(English);

    /// <summary>The English text.</summary>
    public override string ToString() => English;
}
