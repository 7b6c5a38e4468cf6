namespace Whereabouts.Web.Maps;

/// <summary>
/// The country boundaries the map is drawn over: <c>countries-50m.json</c> of the npm package
/// world-atlas (Natural Earth, public domain), which the build restores with npm and copies to
/// <c>MapData/</c> (not committed). Read once, on first use.
/// </summary>
/// <remarks>Looked for under the content root (where <c>dotnet run</c> and the tests' hosts run the
/// app) and then beside the app's assembly (a published app). When neither has it, the map says so
/// and draws the places without boundaries.</remarks>
internal sealed class BoundaryLayer
{
    /// <summary>The file's path below the content root or the app's folder.</summary>
    public static readonly string RelativePath = Path.Combine("MapData", "countries-50m.json");

    private readonly Lazy<IReadOnlyList<Boundary>?> _countries;

    public BoundaryLayer(IWebHostEnvironment environment)
        : this([Path.Combine(environment.ContentRootPath, RelativePath), Path.Combine(AppContext.BaseDirectory, RelativePath)])
    {
    }

    /// <summary>A layer read from the first of <paramref name="candidates"/> that exists.</summary>
    public BoundaryLayer(IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        Candidates = candidates;
        _countries = new Lazy<IReadOnlyList<Boundary>?>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where the file is looked for, in order.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>The countries, or null when the file is missing (npm was not run by the build).</summary>
    public IReadOnlyList<Boundary>? Countries => _countries.Value;

    private IReadOnlyList<Boundary>? Load()
    {
        var path = Candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return TopoJsonReader.Read(stream, "countries");
    }
}
