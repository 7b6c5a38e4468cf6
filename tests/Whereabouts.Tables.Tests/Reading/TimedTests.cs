namespace Whereabouts.Tables.Tests.Reading;

/// <summary>
/// Tests that time the reading of large files run alone, after the others: on two shared cores a
/// parallel neighbour would make their clocks (and its own) measure the neighbour.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "timed";
}
