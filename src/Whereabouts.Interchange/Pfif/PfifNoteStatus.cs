namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// The values of a PFIF note's <c>status</c> field: what the note's author says about the person.
/// Only the last three say anything about the person's fate.
/// </summary>
public enum PfifNoteStatus
{
    /// <summary><c>information_sought</c>: the author is looking for the person.</summary>
    InformationSought,

    /// <summary><c>is_note_author</c>: the author is the person.</summary>
    IsNoteAuthor,

    /// <summary><c>believed_alive</c>: the author has heard from the person or believes them alive.</summary>
    BelievedAlive,

    /// <summary><c>believed_missing</c>: the author believes the person is missing.</summary>
    BelievedMissing,

    /// <summary><c>believed_dead</c>: the author believes the person is dead.</summary>
    BelievedDead,
}
