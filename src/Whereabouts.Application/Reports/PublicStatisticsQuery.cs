using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>Reads the public statistics from the registry.</summary>
public sealed class PublicStatisticsQuery(WhereaboutsDatabase database)
{
    /// <summary>Computes the current public statistics.</summary>
    public async Task<PublicStatistics> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var people = await context.People.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        return PublicStatistics.From(people);
    }
}
