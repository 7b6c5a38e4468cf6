namespace Whereabouts.Application.Persons;

/// <summary>
/// A registration was not saved because the registry already has records likely to be the same
/// person. The caseworker either adds what they know to one of them or registers again saying the
/// person is someone new (<see cref="RegisterPersonInput.ConfirmedNew"/>).
/// </summary>
public sealed class PossibleDuplicatesException : Exception
{
    /// <summary>Creates the refusal with the records found, likeliest first.</summary>
    public PossibleDuplicatesException(IReadOnlyList<DuplicateCandidate> candidates)
        : base($"The registry already has {candidates.Count} record(s) likely to be this person; add to one of them, or confirm that this is a different person.")
    {
        Candidates = candidates;
    }

    /// <summary>The records likely to be the person, likeliest first.</summary>
    public IReadOnlyList<DuplicateCandidate> Candidates { get; }
}
