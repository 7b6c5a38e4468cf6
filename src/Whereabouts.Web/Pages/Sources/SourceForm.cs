using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>
/// The fields of the source form, all text: the use case checks them and names what is wrong, so a
/// bad date or grade is a message next to its field rather than a binding error.
/// </summary>
internal sealed class SourceForm
{
    // What a datetime-local input sends, with or without seconds.
    private static readonly string[] RetrievedFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    [Display(Name = "Kind of source")]
    public string? Kind { get; set; } = nameof(Domain.SourceKind.NewsArticle);

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Publisher")]
    public string? Publisher { get; set; }

    [Display(Name = "Author")]
    public string? Author { get; set; }

    [Display(Name = "Address (URL)")]
    public string? Url { get; set; }

    [Display(Name = "Published on")]
    public string? PublishedOn { get; set; }

    [Display(Name = "Copy taken at (UTC)")]
    public string? RetrievedAt { get; set; }

    [Display(Name = "Reliability")]
    public string? Reliability { get; set; } = nameof(Domain.Reliability.F);

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public static SourceForm From(SourceView source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceForm
        {
            Kind = source.Kind.ToString(),
            Title = source.Title,
            Publisher = source.Publisher,
            Author = source.Author,
            Url = source.Url,
            PublishedOn = source.PublishedOn?.ToString(),
            RetrievedAt = source.RetrievedAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            Reliability = source.Reliability.ToString(),
            Notes = source.Notes,
        };
    }

    /// <summary>The use case's input; a copy time that is not a time is reported under <paramref name="prefix"/>.</summary>
    public SourceInput ToInput(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        DateTimeOffset? retrievedAt = null;
        if (!string.IsNullOrWhiteSpace(RetrievedAt))
        {
            if (DateTime.TryParseExact(RetrievedAt.Trim(), RetrievedFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                retrievedAt = new DateTimeOffset(parsed, TimeSpan.Zero);
            }
            else
            {
                modelState.AddModelError(prefix + "." + nameof(RetrievedAt), Labels.Text("Enter the date and time in UTC, such as 2020-12-15T09:30."));
            }
        }

        return new SourceInput(Kind, Title, Publisher, Author, Url, PublishedOn, retrievedAt, Reliability, Notes);
    }
}
