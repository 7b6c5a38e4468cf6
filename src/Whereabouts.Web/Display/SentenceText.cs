using System.Globalization;
using System.Resources;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Web.Validation;

namespace Whereabouts.Web.Display;

/// <summary>
/// A use case's or a rule's <see cref="Sentence"/> in the reader's language: its template
/// translated by <c>Resources/Validation/ValidationMessages.*.resx</c> (then by the shared
/// resource, which held the first translated messages), its values written in the reader's culture
/// (dates as the pages write them, numbers with the reader's separators, enum values by their
/// labels, nested sentences translated too; a moment keeps the format its template gives it). A template nobody has translated reads in English.
/// </summary>
/// <remarks>Static like <see cref="Labels"/>, because <c>FormErrors</c> serves every page model; it
/// reads the same resource an <c>IStringLocalizer&lt;ValidationMessages&gt;</c> would.</remarks>
internal static class SentenceText
{
    private static readonly ResourceManager Resources = new(
        "Whereabouts.Web.Resources.Validation.ValidationMessages", typeof(ValidationMessages).Assembly);

    /// <summary>The sentence in the current UI culture, its values in the current culture.</summary>
    public static string Of(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var template = Resources.GetString(sentence.Template, CultureInfo.CurrentUICulture) ?? Labels.Text(sentence.Template);
        if (sentence.Arguments.Count == 0)
        {
            return template;
        }

        var values = sentence.Arguments.Select(Value).ToArray();
        try
        {
            return string.Format(CultureInfo.CurrentCulture, template, values);
        }
        catch (FormatException)
        {
            // A translation that breaks its placeholders (the completeness test forbids it) still leaves the English.
            return string.Format(CultureInfo.CurrentCulture, sentence.Template, values);
        }
    }

    private static object? Value(object? value) => value switch
    {
        Sentence nested => Of(nested),
        PartialDate date => Labels.Date(date),
        DateOnly day => Labels.Date(day),
        FateStatus status => Labels.Of(status),
        ProceedingKind kind => Labels.Of(kind),
        SourceKind kind => Labels.Of(kind),
        CountCategory category => Labels.Of(category),
        LegalCaseStatus status => Labels.Of(status),
        VerificationState state => VerificationLabels.Of(state),
        EnumChoices choices => string.Join(", ", choices.Values.Select(Labels.OfAny)),
        Enum other => Labels.OfAny(other),
        _ => value,
    };
}
