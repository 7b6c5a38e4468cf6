namespace Whereabouts.Bench;

/// <summary>Finds the external benchmark data (<c>shared/data</c> beside the repository), or null when it is absent.</summary>
internal static class DataFolder
{
    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("WHEREABOUTS_BENCH_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
