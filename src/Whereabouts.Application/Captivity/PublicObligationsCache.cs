using Whereabouts.Application.Common;

namespace Whereabouts.Application.Captivity;

/// <summary>
/// The public obligations figures as the open page serves them: computed at most once per
/// <see cref="Lifetime"/>, and again once the registry has changed (<see cref="RegistryChanges"/>),
/// shared by every request meanwhile, so anonymous visitors asking again and again cost nothing.
/// A computation that fails is not kept.
/// </summary>
public sealed class PublicObligationsCache(ObligationsQuery query, TimeProvider time, RegistryChanges? changes = null)
{
    /// <summary>How long computed figures are served before they are computed again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private (Task<PublicObligations> Figures, DateTimeOffset Expires, long Head)? _kept;

    /// <summary>The figures, computed within the last <see cref="Lifetime"/>.</summary>
    /// <param name="cancellationToken">Stops this request's wait; the computation goes on for the others.</param>
    public async Task<PublicObligations> GetAsync(CancellationToken cancellationToken = default)
    {
        var head = changes is null ? 0 : (await changes.CurrentAsync(cancellationToken).ConfigureAwait(false)).Sequence;
        Task<PublicObligations> figures;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_kept is not { } kept || kept.Expires <= now || kept.Head != head || kept.Figures.IsFaulted || kept.Figures.IsCanceled)
            {
                // Not the caller's token: one visitor going away must not fail the others waiting.
                _kept = kept = (Task.Run(() => query.PublicAsync(CancellationToken.None)), now + Lifetime, head);
            }

            figures = kept.Figures;
        }

        return await figures.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
