using Whereabouts.Application.Common;

namespace Whereabouts.Application.Parties;

/// <summary>
/// The registry's parties as every page names them (a handful of rows, read for each page request
/// until docs/adr/0035): kept between requests and read again once the registry has changed
/// (<see cref="RegistryChanges"/>), so a party added, renamed or removed by another app server or
/// the CLI is named within <see cref="RegistryChanges.Interval"/>, and one changed through this
/// process (<see cref="PartyEditor"/>, <see cref="Pfif.PfifImport"/>) at once (<see cref="Forget"/>).
/// Without <see cref="RegistryChanges"/> (a test host, a command) the parties are read every time.
/// </summary>
/// <remarks>A reading that fails is not kept; one that began before a <see cref="Forget"/> is not kept either.</remarks>
public sealed class PartyNamesCache(PartyReader reader, RegistryChanges? changes = null)
{
    private readonly Lock _gate = new();
    private long _generation;
    private (PartyList Parties, long Head, long Generation)? _kept;

    /// <summary>Every party, in slug order, as of the registry's head read within the last <see cref="RegistryChanges.Interval"/>.</summary>
    public async Task<PartyList> ListAsync(CancellationToken cancellationToken = default)
    {
        if (changes is null)
        {
            return await reader.ListAsync(cancellationToken).ConfigureAwait(false);
        }

        // Read before the parties, so what is kept is never stamped later than what it saw.
        var head = (await changes.CurrentAsync(cancellationToken).ConfigureAwait(false)).Sequence;
        long generation;
        lock (_gate)
        {
            if (_kept is { } kept && kept.Head == head && kept.Generation == _generation)
            {
                return kept.Parties;
            }

            generation = _generation;
        }

        var parties = await reader.ListAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (generation == _generation)
            {
                _kept = (parties, head, generation);
            }
        }

        return parties;
    }

    /// <summary>Forgets the parties kept, after this process changed them: the next page reads them again.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _kept = null;
        }
    }
}
