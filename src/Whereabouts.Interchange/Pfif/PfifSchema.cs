namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// The namespaces of the PFIF versions read, and which element names are fields of which record in
/// each. Everything is expressed with PFIF 1.4 names; older names are mapped to them.
/// </summary>
internal static class PfifSchema
{
    public const string Namespace14 = "http://zesty.ca/pfif/1.4";

    public const string Person = "person";

    public const string Note = "note";

    private static readonly string[] PersonFields =
    [
        "person_record_id", "entry_date", "expiry_date", "author_name", "author_email", "author_phone",
        "source_name", "source_date", "source_url", "full_name", "given_name", "family_name", "alternate_names",
        "description", "sex", "date_of_birth", "age", "home_street", "home_neighborhood", "home_city", "home_state",
        "home_postal_code", "home_country", "photo_url", "profile_urls",
    ];

    private static readonly string[] NoteFields =
    [
        "note_record_id", "person_record_id", "linked_person_record_id", "entry_date", "author_name", "author_email",
        "author_phone", "source_date", "author_made_contact", "status", "email_of_found_person", "phone_of_found_person",
        "last_known_location", "text", "photo_url",
    ];

    // Fields that PFIF 1.4 introduced (most by renaming); an older document writes them under their old names.
    private static readonly HashSet<string> NewPersonFieldsIn14 = new(StringComparer.Ordinal)
    {
        "given_name", "family_name", "alternate_names", "description", "profile_urls",
    };

    private static readonly HashSet<string> NewNoteFieldsIn14 = new(StringComparer.Ordinal) { "author_made_contact", "photo_url" };

    private static readonly Dictionary<string, string> OldPersonNames = new(StringComparer.Ordinal)
    {
        ["first_name"] = "given_name",
        ["last_name"] = "family_name",
        ["home_zip"] = "home_postal_code",
        ["other"] = "description",
    };

    private static readonly Dictionary<string, string> OldNoteNames = new(StringComparer.Ordinal)
    {
        ["found"] = "author_made_contact",
    };

    private static readonly HashSet<string> PersonFieldSet = new(PersonFields, StringComparer.Ordinal);
    private static readonly HashSet<string> NoteFieldSet = new(NoteFields, StringComparer.Ordinal);

    /// <summary>The version a PFIF namespace declares, or null for any other namespace.</summary>
    public static string? VersionOf(string? ns) => ns switch
    {
        Namespace14 => "1.4",
        "http://zesty.ca/pfif/1.3" => "1.3",
        "http://zesty.ca/pfif/1.2" => "1.2",
        "http://zesty.ca/pfif/1.1" => "1.1",
        _ => null,
    };

    /// <summary>The 1.4 name of a field of <paramref name="record"/> written as <paramref name="element"/> in a document of <paramref name="version"/>, or null when it is not a field there.</summary>
    public static string? FieldName(string record, string version, string element)
    {
        var is14 = string.Equals(version, "1.4", StringComparison.Ordinal);
        var person = string.Equals(record, Person, StringComparison.Ordinal);
        var fields = person ? PersonFieldSet : NoteFieldSet;
        var renamed = person ? OldPersonNames : OldNoteNames;
        var newIn14 = person ? NewPersonFieldsIn14 : NewNoteFieldsIn14;
        if (is14)
        {
            return fields.Contains(element) ? element : null;
        }

        if (renamed.TryGetValue(element, out var modern))
        {
            return modern;
        }

        return fields.Contains(element) && !newIn14.Contains(element) ? element : null;
    }
}
