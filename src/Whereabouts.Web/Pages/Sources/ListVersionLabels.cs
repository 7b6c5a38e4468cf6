using Whereabouts.Application.Lists;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>How the pages name a version of a list: by the day it was published, or else the day the registry took it in.</summary>
internal static class ListVersionLabels
{
    /// <summary>The version's day in the reader's language, or an empty text when neither day is known.</summary>
    public static string DateOf(ListVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.PublishedOn is { } published ? Labels.Date(published)
            : version.RetrievedAt is { } retrieved ? Labels.Date(retrieved)
            : string.Empty;
    }

    /// <summary>A value of a changed field as the reader reads it: a fate by its name, a date in the reader's form, any other text as written.</summary>
    public static string ValueOf(ListChangeField field, string? value)
    {
        if (value is null)
        {
            return "—";
        }

        return field switch
        {
            ListChangeField.Fate when Enum.TryParse<Domain.FateStatus>(value, ignoreCase: false, out var fate) => Labels.Of(fate),
            ListChangeField.FateDate or ListChangeField.BirthDate when Domain.PartialDate.TryParse(value, out var date, out _) => Labels.Date(date),
            _ => value,
        };
    }
}
