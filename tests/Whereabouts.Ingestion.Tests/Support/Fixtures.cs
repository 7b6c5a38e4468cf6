namespace Whereabouts.Ingestion.Tests.Support;

/// <summary>Paths and streams of the invented fixtures under <c>TestData/</c>.</summary>
internal static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Articles", name);

    public static MemoryStream Stream(byte[] bytes) => new(bytes, writable: false);
}
