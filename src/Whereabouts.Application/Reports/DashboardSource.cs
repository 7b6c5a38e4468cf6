using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>A source as the dashboard lists it.</summary>
public sealed record DashboardSource(Guid Id, string Title, string? Publisher, PartialDate? PublishedOn, Reliability Reliability);
