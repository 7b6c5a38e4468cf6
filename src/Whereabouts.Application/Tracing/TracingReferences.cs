using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// Gives each new tracing request the next reference of its year (<c>T-2021-0042</c>). Two
/// requests saved at the same moment may be given the same number; the unique index refuses the
/// second, and the caller asks again (<see cref="IsTaken"/>).
/// </summary>
public static class TracingReferences
{
    /// <summary>The next free reference for a request registered in <paramref name="year"/>.</summary>
    public static async Task<string> NextAsync(WhereaboutsDbContext context, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prefix = TracingRequest.FormatReference(year, 0)[..7];
        var taken = await context.TracingRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(r => r.Reference.StartsWith(prefix))
            .Select(r => r.Reference)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var highest = taken.Select(r => int.TryParse(r.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return TracingRequest.FormatReference(year, highest + 1);
    }

    /// <summary>Whether a failed save failed because another request took the same reference first.</summary>
    public static bool IsTaken(DbUpdateException exception) =>
        exception?.InnerException?.Message is { } message
        && (message.Contains("TracingRequests.Reference", StringComparison.Ordinal) || message.Contains("IX_TracingRequests_Reference", StringComparison.Ordinal));
}
