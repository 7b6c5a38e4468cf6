using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>
/// What a list entry says about its person's fate, recorded on the person it is linked to, and
/// withdrawn again when the link is undone.
/// </summary>
internal static class EntryFates
{
    /// <summary>Asserts the entry's fate on <paramref name="person"/>; null when the entry states none.</summary>
    public static FateAssertion? Record(Person person, ListEntry entry, string recordedBy, DateTimeOffset now)
    {
        if (entry.Fate is not { } fate || entry.FateAsOf is not { } asOf)
        {
            return null;
        }

        var assertion = new FateAssertion(Guid.Empty, fate, asOf, EvidenceOf(entry, entry.Credibility), recordedBy, now);
        person.AssertFate(assertion);
        return assertion;
    }

    /// <summary>Retracts an assertion recorded because of a link that has been undone.</summary>
    public static void Withdraw(Person person, ListEntry entry, Guid assertionId, string recordedBy, DateTimeOffset now, string? note)
    {
        if (person.FateRetractions.Any(r => r.AssertionId == assertionId))
        {
            return;
        }

        var reason = $"The link between this person and {Where(entry)} was undone" + (string.IsNullOrWhiteSpace(note) ? "." : $": {note.Trim()}");
        person.RetractFate(new FateRetraction(Guid.Empty, assertionId, reason, EvidenceOf(entry, Credibility.Confirmed), recordedBy, now));
    }

    private static Evidence EvidenceOf(ListEntry entry, Credibility credibility) =>
        new(entry.SourceId, quote: null, locator: Where(entry), credibility);

    private static string Where(ListEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"row {entry.RecordId} (line {entry.Line})");
}
