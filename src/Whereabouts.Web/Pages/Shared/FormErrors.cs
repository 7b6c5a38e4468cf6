using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Common;

namespace Whereabouts.Web.Pages;

/// <summary>Puts a use case's field messages next to the form fields they belong to.</summary>
internal static class FormErrors
{
    /// <summary>Adds each message under the form key <paramref name="keyOf"/> gives for its field.</summary>
    public static void Add(ModelStateDictionary modelState, ValidationFailedException error, Func<string, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(keyOf);
        foreach (var (field, messages) in error.Sentences)
        {
            foreach (var message in messages)
            {
                // The API shows a use case's messages in English; a page in the reader's language (ADR 0027).
                modelState.AddModelError(keyOf(field), Display.SentenceText.Of(message));
            }
        }
    }

    /// <summary>Adds each message under its field's key below <paramref name="prefix"/> (see <see cref="Under"/>).</summary>
    public static void Add(ModelStateDictionary modelState, ValidationFailedException error, string prefix) =>
        Add(modelState, error, field => Under(prefix, field));

    /// <summary>The form key for a field under a prefix: <c>asOf</c> under <c>Fate</c> is <c>Fate.AsOf</c>.</summary>
    public static string Under(string prefix, string field)
    {
        var path = string.Join('.', field.Split('.').Select(Pascal));
        return prefix.Length == 0 ? path : path.Length == 0 ? prefix : prefix + "." + path;
    }

    private static string Pascal(string segment) =>
        segment.Length == 0 ? segment : string.Concat(char.ToUpperInvariant(segment[0]).ToString(), segment.AsSpan(1));
}
