using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>One fate status and its count per side; null where the count is below the threshold.</summary>
public sealed record PublicStatisticsRow(FateStatus Status, IReadOnlyList<int?> CountsBySide);
