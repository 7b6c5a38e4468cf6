namespace Whereabouts.Application.Tests.Support;

/// <summary>The external data beside the repository (../shared/data); tests that need it skip when it is absent.</summary>
internal static class SharedData
{
    /// <summary>The PFIF samples folder, or a skip.</summary>
    public static string RequirePfifSamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Whereabouts.slnx")))
            {
                var samples = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", "pfif", "samples"));
                if (Directory.Exists(samples))
                {
                    return samples;
                }

                break;
            }
        }

        Assert.Skip("The PFIF samples (../shared/data/pfif/samples beside the repository) are absent.");
        return null!;
    }
}
