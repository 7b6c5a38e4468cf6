using System.IO.Compression;
using Whereabouts.Domain;
using Whereabouts.Storage.Files;

namespace Whereabouts.Application.Exports;

/// <summary>
/// The bytes of a snapshot's evidence files, when they are asked for (<c>export csv --with-files</c>):
/// each file of the <c>files</c> table under <c>files/SHA256</c> beside the tables, in the folder or
/// the zip archive, and read back into the file store by an import. A snapshot carries references
/// only unless asked (docs/adr/0028): the bytes of a video archive can be far larger than the registry.
/// </summary>
public static class SnapshotFileBytes
{
    /// <summary>The folder of the bytes inside a snapshot.</summary>
    public const string FolderName = "files";

    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the tables and the bytes of every file of the snapshot into one zip archive.</summary>
    /// <returns>The hashes of the files whose bytes the store does not hold (left out; <c>files verify</c> names them too).</returns>
    public static async Task<IReadOnlyList<string>> WriteZipAsync(RegistrySnapshot snapshot, FileStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var missing = new List<string>();
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await SnapshotCsv.WriteEntriesAsync(snapshot, zip, cancellationToken).ConfigureAwait(false);
        foreach (var sha256 in Hashes(snapshot))
        {
            var bytes = store.OpenRead(sha256);
            if (bytes is null)
            {
                missing.Add(sha256);
                continue;
            }

            await using (bytes)
            {
                // Video and images are compressed already: stored as they are.
                var entry = zip.CreateEntry($"{FolderName}/{sha256}", CompressionLevel.NoCompression);
                entry.LastWriteTime = EntryTime;
                await using var target = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                await bytes.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }
        }

        return missing;
    }

    /// <summary>Writes the tables and the bytes of every file of the snapshot into a folder.</summary>
    /// <returns>The hashes of the files whose bytes the store does not hold.</returns>
    public static async Task<IReadOnlyList<string>> WriteFolderAsync(RegistrySnapshot snapshot, FileStore store, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await SnapshotCsv.WriteFolderAsync(snapshot, folder, cancellationToken).ConfigureAwait(false);
        var files = Directory.CreateDirectory(Path.Combine(folder, FolderName));
        var missing = new List<string>();
        foreach (var sha256 in Hashes(snapshot))
        {
            var bytes = store.OpenRead(sha256);
            if (bytes is null)
            {
                missing.Add(sha256);
                continue;
            }

            // Beside the target and moved into place, so that a failed copy never leaves a file
            // under a hash its bytes do not have.
            var path = Path.Combine(files.FullName, sha256);
            await using (bytes)
            {
                await using var target = File.Create(path + ".partial");
                await bytes.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }

            File.Move(path + ".partial", path, overwrite: true);
        }

        return missing;
    }

    /// <summary>
    /// Keeps in <paramref name="store"/> the bytes a snapshot folder or zip archive carries under
    /// <c>files/</c>, each checked against its name; a snapshot without them (or a JSON document)
    /// has nothing to keep.
    /// </summary>
    /// <returns>How many files were kept that the store did not hold.</returns>
    /// <exception cref="SnapshotInputException">A name is not a SHA-256, or bytes do not have the SHA-256 they are named by, or are over the limit; every such file is named.</exception>
    public static async Task<int> StoreAsync(string location, FileStore store, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(store);
        var problems = new List<SnapshotProblem>();
        var kept = 0;
        async Task KeepAsync(string name, Func<Stream> open)
        {
            var place = $"{FolderName}/{name}";
            if (!EvidenceFile.IsHash(name))
            {
                problems.Add(new SnapshotProblem(place, 0, null, "the name of a file's bytes is its SHA-256 (64 hex digits)"));
                return;
            }

            try
            {
                await using var bytes = open();
                var stored = await store.WriteAsync(bytes, maxBytes, cancellationToken).ConfigureAwait(false);
                if (stored is null || !string.Equals(stored.Sha256, EvidenceFile.Hash(name), StringComparison.Ordinal))
                {
                    problems.Add(new SnapshotProblem(place, 0, null, $"the bytes have the SHA-256 {stored?.Sha256 ?? "of nothing"}, not the one they are named by"));
                }
                else if (stored.IsNew)
                {
                    kept++;
                }
            }
            catch (FileTooLargeException)
            {
                problems.Add(new SnapshotProblem(place, 0, null, $"the file is larger than the limit of {maxBytes} bytes"));
            }
        }

        if (Directory.Exists(location))
        {
            var folder = Path.Combine(location, FolderName);
            if (Directory.Exists(folder))
            {
                foreach (var path in Directory.EnumerateFiles(folder).Where(p => !p.EndsWith(".partial", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                {
                    await KeepAsync(Path.GetFileName(path), () => File.OpenRead(path)).ConfigureAwait(false);
                }
            }
        }
        else if (location.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await using var zip = await ZipArchive.CreateAsync(File.OpenRead(location), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
                foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(FolderName + "/", StringComparison.Ordinal) && e.Name.Length > 0).OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    await KeepAsync(entry.Name, entry.Open).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException)
            {
                // A damaged archive, or one packed by a method .NET does not read.
                problems.Add(new SnapshotProblem(Path.GetFileName(location), 0, null, $"not a readable zip archive: {e.Message}"));
            }
        }

        return problems.Count == 0 ? kept : throw new SnapshotInputException(problems);
    }

    private static IEnumerable<string> Hashes(RegistrySnapshot snapshot) =>
        snapshot.Rows(SnapshotSchema.Files)
            .Select(r => r.Text("sha256"))
            .Where(EvidenceFile.IsHash)
            .Select(h => EvidenceFile.Hash(h))
            .Distinct(StringComparer.Ordinal);
}
