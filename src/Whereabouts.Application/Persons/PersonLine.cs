namespace Whereabouts.Application.Persons;

/// <summary>
/// One line of a list of people typed or pasted into a form, and who it stands for: a person, or
/// nobody with the reason (no match, several matches, an unknown id).
/// </summary>
/// <param name="Text">The line as given, trimmed.</param>
/// <param name="Person">The person the line stands for, or null when it stands for nobody yet.</param>
/// <param name="Candidates">The people a name matched when it matched more than one (at most a handful), to choose from.</param>
/// <param name="Problem">Why the line stands for nobody, in words, or null when it was resolved.</param>
public sealed record PersonLine(string Text, PersonListItem? Person, IReadOnlyList<PersonListItem> Candidates, string? Problem)
{
    /// <summary>Whether the line stands for exactly one person.</summary>
    public bool IsResolved => Person is not null;
}
