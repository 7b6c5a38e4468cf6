namespace Whereabouts.Application.Common;

/// <summary>An actor whose name is known up front (a CLI run, a background job).</summary>
public sealed class FixedActor : ICurrentActor
{
    /// <summary>Creates the actor.</summary>
    public FixedActor(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <inheritdoc/>
    public string Name { get; }
}
