using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Whereabouts.Storage.Files;

/// <summary>
/// The bytes of evidence files, kept on disk by content: each file is named by its SHA-256 under
/// two levels of folders (<c>ab/cd/abcd…</c>), so the same bytes are kept once however often they
/// arrive, and any file can be checked against its name (docs/adr/0028).
/// </summary>
/// <remarks>
/// A file is written while it is hashed to a temporary file in the store's own folder, then moved
/// under its hash in one step: a name that is a hash only ever holds complete bytes. A file whose
/// bytes are already kept is not written again (the existing bytes stay). The database says which
/// files the registry holds; bytes kept here that no row names (an upload whose save failed) are
/// orphans, which <c>whereabouts files verify</c> reports. Nothing is held in memory beyond one
/// buffer: a video of two gigabytes goes to disk as it arrives.
/// </remarks>
public sealed class FileStore
{
    /// <summary>The configuration key of the folder.</summary>
    public const string FolderSetting = "Whereabouts:Files:Folder";

    /// <summary>How many first bytes of a file <see cref="StoredFile.Head"/> keeps, for reading its type.</summary>
    public const int HeadLength = 4096;

    // Temporary files are written inside the store, so that moving one under its hash is a rename
    // on the same disk, never a copy.
    private const string IncomingFolder = "incoming";
    private const int BufferLength = 128 * 1024;

    /// <summary>A store in <paramref name="folder"/> (created when the first file is written).</summary>
    public FileStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The store's folder, as a full path.</summary>
    public string Folder { get; }

    /// <summary>
    /// The folder used when none is configured: <c>files</c> beside a SQLite database file, so that
    /// the registry's file and its evidence travel together; for PostgreSQL, <c>files</c> in the
    /// user's local application data (a server with two app servers configures a shared folder).
    /// </summary>
    public static string DefaultFolder(DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                return Path.Combine(folder, "files");
            }
        }

        return Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Whereabouts", "files");
    }

    /// <summary>Where the bytes with <paramref name="sha256"/> are kept (whether or not they are there).</summary>
    /// <exception cref="ArgumentException">Not a SHA-256 as 64 hex digits.</exception>
    public string PathOf(string sha256)
    {
        var hash = Normalize(sha256);
        return Path.Combine(Folder, hash[..2], hash[2..4], hash);
    }

    /// <summary>Whether bytes with <paramref name="sha256"/> are kept.</summary>
    public bool Contains(string sha256) => IsHash(sha256) && File.Exists(PathOf(sha256));

    /// <summary>
    /// Reads <paramref name="content"/> to its end, hashing it, and keeps it under its SHA-256.
    /// Returns null for empty content, which is not kept.
    /// </summary>
    /// <param name="content">The bytes, read once from where they are.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="cancellationToken">Stops the write; nothing is kept.</param>
    /// <exception cref="FileTooLargeException">The content is longer than <paramref name="maxBytes"/>; nothing is kept.</exception>
    public async Task<StoredFile?> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var incoming = Directory.CreateDirectory(Path.Combine(Folder, IncomingFolder));
        var temporary = Path.Combine(incoming.FullName, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            string hash;
            long length = 0;
            var head = new byte[HeadLength];
            var headLength = 0;
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferLength, FileOptions.Asynchronous))
                {
                    var buffer = new byte[BufferLength];
                    int read;
                    while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        length += read;
                        if (length > maxBytes)
                        {
                            throw new FileTooLargeException(maxBytes);
                        }

                        if (headLength < HeadLength)
                        {
                            var take = Math.Min(read, HeadLength - headLength);
                            buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                            headLength += take;
                        }

                        sha.AppendData(buffer, 0, read);
                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    }

                    // On disk before it is named: a crash after the move must not leave a hash name
                    // over bytes still in the operating system's cache.
                    await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                    file.Flush(flushToDisk: true);
                }

                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            if (length == 0)
            {
                return null;
            }

            var target = PathOf(hash);
            var existed = File.Exists(target);
            if (!existed)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Move(temporary, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // The same bytes arrived at the same moment by another upload: theirs are kept.
                    existed = true;
                }
            }

            return new StoredFile(hash, length, head[..headLength], !existed);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The bytes with <paramref name="sha256"/> for reading (the caller disposes the stream), or null when they are not kept.</summary>
    public Stream? OpenRead(string sha256)
    {
        if (!IsHash(sha256))
        {
            return null;
        }

        try
        {
            return new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, BufferLength, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The hash of every file kept under a hash name, in no particular order (partial writes in progress are not included).</summary>
    public IEnumerable<string> Hashes()
    {
        if (!Directory.Exists(Folder))
        {
            yield break;
        }

        foreach (var first in Directory.EnumerateDirectories(Folder))
        {
            if (!IsPrefix(Path.GetFileName(first)))
            {
                continue;
            }

            foreach (var second in Directory.EnumerateDirectories(first))
            {
                if (!IsPrefix(Path.GetFileName(second)))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(second))
                {
                    var name = Path.GetFileName(file);
                    if (IsHash(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    /// <summary>Reads the file with <paramref name="sha256"/> again and says whether its bytes still have that hash.</summary>
    public async Task<FileCondition> CheckAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var hash = Normalize(sha256);
        await using var stream = OpenRead(hash);
        if (stream is null)
        {
            return FileCondition.Missing;
        }

        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        return string.Equals(actual, hash, StringComparison.Ordinal) ? FileCondition.Intact : FileCondition.Altered;
    }

    private static bool IsPrefix(string name) => name.Length == 2 && name.All(char.IsAsciiHexDigitLower);

    private static bool IsHash(string? text) => text is { Length: 64 } && text.All(char.IsAsciiHexDigit);

    private static string Normalize(string sha256) =>
        IsHash(sha256) ? sha256.ToLowerInvariant() : throw new ArgumentException($"'{sha256}' is not a SHA-256 as 64 hex digits.", nameof(sha256));
}
