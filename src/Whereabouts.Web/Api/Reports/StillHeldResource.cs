using System.Globalization;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Api.Reports;

/// <summary>
/// A page of the still-held list of a side as of a day (yyyy-MM-dd), longest held first: the page's
/// people, how many are held in all (<c>count</c>, and <c>total</c> as the other paged lists of the
/// API name it), the page and its size, the addresses of the next and previous pages (null at either
/// end; they fix the day, so that paging across midnight stays on one list), and the exchanges up
/// to that day; <c>recordedOn</c> is the day the registry was read as recorded on, or null for what it holds now.
/// </summary>
/// <remarks>
/// Before paging (2026-12-07) <c>people</c> held everyone and <c>count</c> was its length; a
/// client that reads the whole list follows <c>next</c> or asks the CLI (<c>whereabouts report
/// still-held --format json|csv</c>), which writes the list whole.
/// </remarks>
internal sealed record StillHeldResource(
    string Side,
    string AsOf,
    int Count,
    int Page,
    int PageSize,
    int Total,
    string? Next,
    string? Previous,
    IReadOnlyList<StillHeldPersonResource> People,
    IReadOnlyList<ExchangeTallyResource> Exchanges,
    string? RecordedOn)
{
    public static StillHeldResource From(StillHeldPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var people = page.People;
        var asOf = page.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var recordedOn = page.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Link(int number) => string.Create(
            CultureInfo.InvariantCulture,
            $"/api/v1/reports/still-held?side={Uri.EscapeDataString(page.Side)}&asOf={asOf}{(recordedOn is null ? string.Empty : "&recordedOn=" + recordedOn)}&page={number}&pageSize={people.PageSize}");

        // Past the end, the way back is to the last page.
        return new(
            page.Side,
            asOf,
            people.Total,
            people.Page,
            people.PageSize,
            people.Total,
            people.HasNext ? Link(people.Page + 1) : null,
            people.HasPrevious ? Link(Math.Min(people.Page - 1, people.PageCount)) : null,
            [.. people.Items.Select(StillHeldPersonResource.From)],
            [.. page.Exchanges.Select(ExchangeTallyResource.From)],
            recordedOn);
    }
}
