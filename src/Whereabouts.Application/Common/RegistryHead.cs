namespace Whereabouts.Application.Common;

/// <summary>The audit log's head as one app server last read it (<see cref="RegistryChanges"/>).</summary>
/// <param name="Sequence">The sequence number of the last change saved by anyone; 0 for an empty log.</param>
/// <param name="AccountsChanged">
/// The sequence number of the last change to an account, a role, an account's state or an API key
/// (at most <paramref name="Sequence"/>): what an account cache stamped with a head at or after it
/// still holds is current.
/// </param>
public sealed record RegistryHead(long Sequence, long AccountsChanged);
