using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>People with one current fate on one side.</summary>
public sealed record DashboardFateCount(FateStatus? Fate, string? Side, int People);
