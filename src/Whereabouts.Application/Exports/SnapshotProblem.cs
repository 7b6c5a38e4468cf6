using System.Globalization;

namespace Whereabouts.Application.Exports;

/// <summary>Something wrong in a snapshot, located so the data manager can find and fix it.</summary>
/// <param name="File">The file: <c>people.csv</c>, or the JSON document's name.</param>
/// <param name="Line">The line in that file (1 is the first), or 0 when the problem concerns the whole file.</param>
/// <param name="Field">The column or property, or null when the problem concerns the whole row or file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record SnapshotProblem(string File, int Line, string? Field, string Message)
{
    /// <summary>As a compiler would say it: <c>people.csv:12: sex: 'X' is not ...</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
        return Field is null ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}
