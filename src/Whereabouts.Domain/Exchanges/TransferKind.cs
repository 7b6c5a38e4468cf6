namespace Whereabouts.Domain;

/// <summary>What moved in one transfer of an exchange. The numbers are stored and must not be changed.</summary>
public enum TransferKind
{
    /// <summary>A living person was handed over: released, or repatriated when received by their own side.</summary>
    Person = 0,

    /// <summary>The remains of a dead person were handed over.</summary>
    Remains = 1,
}
