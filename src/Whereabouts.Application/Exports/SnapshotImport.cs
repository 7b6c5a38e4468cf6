using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Identities;
using Whereabouts.Storage;

namespace Whereabouts.Application.Exports;

/// <summary>
/// Imports a registry snapshot: every record is recreated with its id through the domain's own
/// constructors and methods, so the domain's rules hold for imported records as for typed ones.
/// Records whose id the registry already holds are left as they are and reported, so importing
/// the same snapshot twice changes nothing. Everything is checked before anything is written, and
/// the whole import is one transaction: a snapshot with any problem changes nothing. The audit
/// log attributes every added record to the importing actor; who recorded a fate, a claim or a
/// proceeding in the first place stays in the record itself.
/// </summary>
public sealed class SnapshotImport(WhereaboutsDatabase database, ICurrentActor actor, IApiKeyOwnerCache? owners = null, TimeProvider? clock = null)
{
    /// <summary>Imports the snapshot; real people in it are refused by a registry that holds invented ones.</summary>
    /// <exception cref="SnapshotInputException">The snapshot breaks a rule or refers to a record that is neither in it nor in the registry; nothing was written.</exception>
    /// <exception cref="ValidationFailedException">The snapshot holds real people and the registry invented ones (docs/adr/0023); nothing was written.</exception>
    public Task<SnapshotImportResult> ImportAsync(RegistrySnapshot snapshot, CancellationToken cancellationToken = default) =>
        ImportAsync(snapshot, allowDemoData: false, cancellationToken);

    /// <summary>Imports the snapshot; <paramref name="allowDemoData"/> lets its real people join a registry that holds invented ones, and retires the demo administrator.</summary>
    /// <exception cref="SnapshotInputException">The snapshot breaks a rule or refers to a record that is neither in it nor in the registry; nothing was written.</exception>
    /// <exception cref="ValidationFailedException">The snapshot holds real people, the registry invented ones, and they were not allowed together; nothing was written.</exception>
    public async Task<SnapshotImportResult> ImportAsync(RegistrySnapshot snapshot, bool allowDemoData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var context = database.CreateContext(actor.Name);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var plan = new SnapshotImportPlan(snapshot);
        plan.CheckStructure();
        await plan.CheckReferencesAsync(context, cancellationToken).ConfigureAwait(false);
        await plan.FindExistingAsync(context, cancellationToken).ConfigureAwait(false);
        plan.Build();
        plan.ThrowIfProblems();

        plan.AddTo(context);
        IReadOnlyList<string> demoKeys = [];
        if (DemoGuard.AddsRealPeople(context))
        {
            await DemoGuard.RefuseBesideInventedAsync(context, allowDemoData, cancellationToken).ConfigureAwait(false);
            demoKeys = await DemoGuard.RetireDemoAdministratorAsync(context, (clock ?? TimeProvider.System).GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        // Records joined by the pairs just added take the identity their judgements leave standing,
        // in the same save, so the registry never counts a joined man twice.
        await IdentityMembership.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        owners?.Forget(demoKeys);
        return plan.Result();
    }

    /// <summary>Reads a snapshot from a path: a JSON document, a folder of CSV files, or a zip archive of them.</summary>
    /// <exception cref="SnapshotInputException">The snapshot cannot be read; every problem is named.</exception>
    public static async Task<RegistrySnapshot> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return await SnapshotCsv.ReadFolderAsync(path, cancellationToken).ConfigureAwait(false);
        }

        await using var stream = File.OpenRead(path);
        return path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
            ? await SnapshotCsv.ReadZipAsync(stream, cancellationToken).ConfigureAwait(false)
            : await SnapshotJson.ReadAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }
}
