using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages;

/// <summary>
/// A textarea of people, one per line, resolved on post. Each line that stands for one person is
/// written back as that person's name and id, so that when the form comes back with an error the
/// caseworker sees whom each name was taken to be; a line that stands for nobody stays as typed,
/// with the reason (and any candidates) under the box.
/// </summary>
internal static class PeopleBox
{
    /// <summary>
    /// Resolves the box <paramref name="key"/> holding <paramref name="text"/>; returns the people in
    /// order and the text to show in its place. Problems are added to <paramref name="modelState"/> under the box.
    /// </summary>
    public static async Task<(IReadOnlyList<Guid> People, string Text)> ResolveAsync(
        PersonLineResolver resolver, ModelStateDictionary modelState, string key, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(modelState);
        var lines = await resolver.ResolveAsync(text, cancellationToken);

        // The posted value would be shown again otherwise: the model's rewritten text must win.
        modelState.Remove(key);
        foreach (var line in lines.Where(l => !l.IsResolved))
        {
            modelState.AddModelError(key, line.Problem!);
        }

        var shown = string.Join("\n", lines.Select(l => l.Person is { } person ? PersonLineResolver.Describe(person) : l.Text));
        return ([.. lines.Where(l => l.IsResolved).Select(l => l.Person!.Id)], shown);
    }
}
