using Xunit;

namespace Whereabouts.Testing;

/// <summary>
/// The external data beside the repository (<c>../shared/data</c>), which is not part of it; a test
/// that needs a folder of it is skipped when the folder is absent.
/// </summary>
public static class SharedData
{
    /// <summary>The folder <c>../shared/data/<paramref name="relative"/></c> from the repository root, or a skip.</summary>
    public static string Require(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Whereabouts.slnx")))
            {
                var data = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", relative));
                if (Directory.Exists(data))
                {
                    return data;
                }

                break;
            }
        }

        Assert.Skip($"../shared/data/{relative} (beside the repository) is absent.");
        return null!;
    }
}
