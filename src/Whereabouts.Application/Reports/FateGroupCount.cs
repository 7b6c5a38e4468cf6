using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>How many people of one side were in one fate group on a day.</summary>
public sealed record FateGroupCount(string? Side, FateGroup Group, int People);
