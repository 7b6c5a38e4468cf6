using System.Globalization;

namespace Whereabouts.Storage.Writes;

/// <summary>
/// A write waited longer than its <see cref="WriteGate.Wait"/> for another write that holds the
/// database (a long list import). Nothing of it was written; sent again later, it succeeds.
/// </summary>
public sealed class WritesHeldException : Exception
{
    /// <summary>Creates the exception for a write that waited <paramref name="waited"/>.</summary>
    public WritesHeldException(TimeSpan waited, Exception? inner = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"Another write (a list import) held the registry for more than {waited.TotalSeconds:0} s; nothing was saved. Send the change again later."), inner)
    {
        Waited = waited;
    }

    /// <summary>How long the write waited.</summary>
    public TimeSpan Waited { get; }
}
