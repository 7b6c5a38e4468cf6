namespace Whereabouts.Domain;

/// <summary>
/// How an item of evidence was checked; a decision usually rests on several methods at once.
/// </summary>
[Flags]
public enum VerificationMethods
{
    /// <summary>No method named (allowed only for starting or reopening a review).</summary>
    None = 0,

    /// <summary>Where it was made, from landmarks, terrain, shadows or signs matched to maps and imagery.</summary>
    Geolocation = 1,

    /// <summary>When it was made, from the sun, weather, events shown or the first time it appeared.</summary>
    Chronolocation = 2,

    /// <summary>Who is shown, recognised by relatives, comrades or identifying marks.</summary>
    IdentityOfPeople = 4,

    /// <summary>Confirmed with whoever made or first published it.</summary>
    SourceContact = 8,

    /// <summary>From the file's own metadata (camera, encoder, embedded dates and places).</summary>
    Metadata = 16,
}
