using System.CommandLine;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>--allow-demo-data</c>: the explicit choice, on every import, to put real people into a
/// registry that holds invented ones (docs/adr/0023), which is otherwise refused.
/// </summary>
internal static class AllowDemoDataOption
{
    public static Option<bool> Create() => new("--allow-demo-data")
    {
        Description = "Import real people although the registry holds invented (demo) people; the demo administrator is then disabled. "
            + "Without it, such an import is refused: a real registry starts from an empty database.",
    };
}
