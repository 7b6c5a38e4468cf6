namespace Whereabouts.Interchange.Pfif;

/// <summary>What a <see cref="PfifReader"/> read from one document: the records it kept and every problem it found.</summary>
public sealed class PfifReadResult
{
    internal PfifReadResult(string? version, IReadOnlyList<PfifPerson> persons, IReadOnlyList<PfifNote> notes, IReadOnlyList<PfifIssue> issues, bool accepted)
    {
        Version = version;
        Persons = persons;
        Notes = notes;
        Issues = issues;
        Accepted = accepted;
    }

    /// <summary>The PFIF version the document declares by its namespace (<c>1.4</c>), or null when it is not PFIF.</summary>
    public string? Version { get; }

    /// <summary>The person records kept, each with its nested notes, in document order.</summary>
    public IReadOnlyList<PfifPerson> Persons { get; }

    /// <summary>The note records kept that stood outside any person record, in document order.</summary>
    public IReadOnlyList<PfifNote> Notes { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<PfifIssue> Issues { get; }

    /// <summary>
    /// False when nothing may be used: the document was rejected outright, or it had any problem
    /// in strict mode (then <see cref="Persons"/> and <see cref="Notes"/> are empty).
    /// </summary>
    public bool Accepted { get; }

    /// <summary>The same result with <paramref name="issue"/> first among the issues (a note on the document as a whole).</summary>
    internal PfifReadResult With(PfifIssue issue) => new(Version, Persons, Notes, [issue, .. Issues], Accepted);
}
