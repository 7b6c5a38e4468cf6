using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>Reads the public statistics from the registry.</summary>
public sealed class PublicStatisticsQuery(WhereaboutsDatabase database)
{
    /// <summary>
    /// Computes the public statistics from the current fates, or from the fates as they stood on
    /// <paramref name="asOf"/> (by when things happened, not when they were recorded).
    /// </summary>
    public async Task<PublicStatistics> RunAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var people = await context.People.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        return PublicStatistics.From(people, asOf);
    }
}
