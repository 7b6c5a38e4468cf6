using Whereabouts.Domain;
namespace Whereabouts.Application.Lists;

/// <summary>What an import did, or what a dry run found it would do.</summary>
/// <param name="SourceId">The list, registered as a source (for a dry run, the id it would have had).</param>
/// <param name="Rows">Rows read.</param>
/// <param name="Linked">Rows linked to a registry person without review.</param>
/// <param name="ForReview">Rows put to a reviewer (one or more possible people each).</param>
/// <param name="NewPeople">Rows registered as new people.</param>
/// <param name="FateAssertions">Fate assertions recorded from the list.</param>
/// <param name="CandidatePairs">Pairs of row and name form the linkage engine compared.</param>
/// <param name="Seconds">How long the import took.</param>
public sealed record ListImportReport(Guid SourceId, int Rows, int Linked, int ForReview, int NewPeople, int FateAssertions, long CandidatePairs, double Seconds)
{
    /// <summary>Whether the registry was changed (false for a dry run).</summary>
    public bool Written { get; init; } = true;

    /// <summary>For a dry run, every problem that would refuse the import, with its place; empty when it would go through.</summary>
    public IReadOnlyList<Sentence> Problems { get; init; } = [];
}
