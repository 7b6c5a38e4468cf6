using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Turns the lines of a people box (an exchange's handover list, a legal case's people) into
/// registry people. A line holding an id (alone, beside a name, or in a dossier's address) is that
/// person; any other line is a name, looked up as the search does, across scripts and spellings.
/// A name stands for a person only when exactly one person matches it, or exactly one of the
/// matches is written exactly so; otherwise the line is reported with the candidates, because
/// guessing would put a fate on the wrong man.
/// </summary>
public sealed partial class PersonLineResolver(PersonSearch search)
{
    /// <summary>The most lines one box may hold; an exchange of several hundred people is entered in parts.</summary>
    public const int MaxLines = 500;

    /// <summary>How many candidates an ambiguous line lists.</summary>
    public const int MaxCandidates = 5;

    /// <summary>The lines of <paramref name="text"/> (blank lines skipped), each resolved.</summary>
    public async Task<IReadOnlyList<PersonLine>> ResolveAsync(string? text, CancellationToken cancellationToken = default)
    {
        var lines = Lines(text);
        if (lines.Count > MaxLines)
        {
            return [new PersonLine(lines[MaxLines], null, [], string.Create(CultureInfo.InvariantCulture, $"A box holds at most {MaxLines} people; this one has {lines.Count}. Enter the rest in a second record or by the API."))];
        }

        var resolved = new List<PersonLine>(lines.Count);
        foreach (var line in lines)
        {
            resolved.Add(await ResolveLineAsync(line, cancellationToken).ConfigureAwait(false));
        }

        return resolved;
    }

    /// <summary>How a resolved line is written back into a box: the name as the registry writes it, then the id.</summary>
    public static string Describe(PersonListItem person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return $"{person.DisplayName} {person.Id}";
    }

    private async Task<PersonLine> ResolveLineAsync(string line, CancellationToken cancellationToken)
    {
        var id = IdPattern().Match(line);
        if (id.Success)
        {
            var personId = Guid.Parse(id.Value);
            var byId = await search.RunAsync(new PersonSearchCriteria(personId.ToString(), PageSize: 1), cancellationToken).ConfigureAwait(false);
            return byId.Items.Count == 1
                ? new PersonLine(line, byId.Items[0], [], null)
                : new PersonLine(line, null, [], $"\"{line}\": no person in the registry has the id {personId}.");
        }

        var found = await search.RunAsync(new PersonSearchCriteria(line, PageSize: MaxCandidates + 1, NearSpellings: false), cancellationToken).ConfigureAwait(false);
        var matches = found.Items;
        if (matches.Count == 0)
        {
            return new PersonLine(line, null, [], $"\"{line}\" matches nobody in the registry; register the person first, or check the spelling.");
        }

        if (matches.Count == 1)
        {
            return new PersonLine(line, matches[0], [], null);
        }

        // "Armen Petrosyan" also finds Armen Petrosyants by the start of the name; a match written
        // exactly as the line is the one meant, unless two people bear that name.
        var key = Comparable(line);
        var exact = matches.Where(m => Comparable(m.DisplayName) == key).ToList();
        if (exact.Count == 1)
        {
            return new PersonLine(line, exact[0], [], null);
        }

        var candidates = (exact.Count > 1 ? exact : matches).Take(MaxCandidates).ToList();
        var count = exact.Count > 1 ? exact.Count : Math.Max(found.Total, matches.Count);
        var more = count > candidates.Count ? string.Create(CultureInfo.InvariantCulture, $", the first {candidates.Count} of them") : string.Empty;
        return new PersonLine(
            line,
            null,
            candidates,
            string.Create(CultureInfo.InvariantCulture, $"\"{line}\" matches {count} people; put the id of the one you mean on this line{more}: ")
            + string.Join("; ", candidates.Select(Candidate)) + ".");
    }

    private static string Candidate(PersonListItem person)
    {
        var born = person.BirthYear is { } year ? string.Create(CultureInfo.InvariantCulture, $", born {year}") : string.Empty;
        return $"{person.DisplayName} ({person.Side}{born}, {person.Fate?.ToString() ?? "no fate recorded"}) {person.Id}";
    }

    // Case, accents and runs of spaces do not make two spellings different people.
    private static string Comparable(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex IdPattern();
}
