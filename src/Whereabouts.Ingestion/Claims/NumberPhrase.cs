namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// A stated number with its qualifier and range, found at token <see cref="First"/> through
/// <see cref="Last"/> (inclusive; qualifier words included).
/// </summary>
internal sealed record NumberPhrase(int First, int Last, int Count, int? CountMax, string Qualifier, bool NeedsPersonNoun)
{
    /// <summary>The token of the number itself, after any qualifier words.</summary>
    public int NumberStart { get; init; }
}
