namespace Whereabouts.Storage.Audit;

/// <summary>What the log last said about one row, gathered while the chain is read.</summary>
internal sealed class RowTrail
{
    /// <summary>The latest entry about the row or a record it owns.</summary>
    public long Sequence { get; set; }

    /// <summary>Whether that entry removed the row (an account's role taken away, a party added by mistake).</summary>
    public bool Removed { get; set; }

    /// <summary>The row's state after that entry, or null when the entry predates state hashes.</summary>
    public string? StateHash { get; set; }

    /// <summary>Whether the row was found in its table.</summary>
    public bool Seen { get; set; }
}
