using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Common;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>
/// Puts a use case's field messages next to the form fields they belong to. The source, incident
/// and place forms name their fields as the use cases do, in Pascal case under a prefix: the
/// use case's "publishedOn" is the form's "Form.PublishedOn".
/// </summary>
internal static class FormErrors
{
    public static void Add(ModelStateDictionary modelState, ValidationFailedException error, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var (field, messages) in error.Errors)
        {
            var key = field.Length == 0 ? prefix : prefix + "." + char.ToUpperInvariant(field[0]) + field[1..];
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
