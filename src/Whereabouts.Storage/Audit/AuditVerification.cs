namespace Whereabouts.Storage.Audit;

/// <summary>The outcome of checking the audit chain.</summary>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSequence">The first entry whose hash or link does not hold, or null when the chain is whole.</param>
/// <param name="Problem">What is wrong with that entry, or null.</param>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    /// <summary>True when every entry's hash and link hold.</summary>
    public bool IsIntact => FirstBrokenSequence is null;
}
