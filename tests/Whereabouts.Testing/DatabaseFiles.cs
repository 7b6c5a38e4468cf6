using System.Text;

namespace Whereabouts.Testing;

/// <summary>Reads a SQLite database's files (the file, its -wal and -shm) as bytes, to show what is and is not written in clear.</summary>
public static class DatabaseFiles
{
    /// <summary>Whether <paramref name="text"/> is in any file of the database at <paramref name="databaseFile"/>, in UTF-8 or UTF-16 (either byte order).</summary>
    public static bool Contain(string databaseFile, string text)
    {
        ArgumentNullException.ThrowIfNull(databaseFile);
        ArgumentNullException.ThrowIfNull(text);
        var path = Path.GetFullPath(databaseFile);
        var files = Directory.EnumerateFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*").ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException("No database file to read.", path);
        }

        byte[][] needles = [Encoding.UTF8.GetBytes(text), Encoding.Unicode.GetBytes(text), Encoding.BigEndianUnicode.GetBytes(text)];
        return files.Any(file =>
        {
            // Shared, since the app still has the database open while a test reads it.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            return needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0);
        });
    }
}
