using System.Text;

namespace Whereabouts.Application.Tests.Support;

/// <summary>
/// Invented PFIF documents for the import and export tests. Every name, date, address and
/// contact in them is made up; contacts use reserved example domains and unassigned numbers.
/// </summary>
internal static class PfifDocuments
{
    public const string RelativeEmail = "relative.one@example.org";
    public const string RelativePhone = "+000 555 0101";

    /// <summary>Two invented people; the first with two nested notes, the second with a note outside it.</summary>
    public const string Families = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- INVENTED TEST DATA: none of these people exists. -->
        <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
          <pfif:person>
            <pfif:person_record_id>families.example.org/person.101</pfif:person_record_id>
            <pfif:author_name>Invented Relative One</pfif:author_name>
            <pfif:author_email>relative.one@example.org</pfif:author_email>
            <pfif:author_phone>+000 555 0101</pfif:author_phone>
            <pfif:source_name>Invented families' register</pfif:source_name>
            <pfif:source_date>2020-12-15T18:30:00Z</pfif:source_date>
            <pfif:full_name>Vardges Tadevosyan
        Վարդգես Թադևոսյան</pfif:full_name>
            <pfif:given_name>Vardges</pfif:given_name>
            <pfif:family_name>Tadevosyan</pfif:family_name>
            <pfif:alternate_names>Вардгес Тадевосян</pfif:alternate_names>
            <pfif:sex>male</pfif:sex>
            <pfif:date_of_birth>2001-03</pfif:date_of_birth>
            <pfif:note>
              <pfif:note_record_id>families.example.org/note.1001</pfif:note_record_id>
              <pfif:author_name>Invented Relative One</pfif:author_name>
              <pfif:author_email>relative.one@example.org</pfif:author_email>
              <pfif:source_date>2020-12-15T18:30:00Z</pfif:source_date>
              <pfif:status>believed_missing</pfif:status>
              <pfif:last_known_location>an invented hill post</pfif:last_known_location>
              <pfif:text>No word from him since the invented 11th of December.</pfif:text>
            </pfif:note>
            <pfif:note>
              <pfif:note_record_id>families.example.org/note.1002</pfif:note_record_id>
              <pfif:author_name>Invented Neighbour</pfif:author_name>
              <pfif:source_date>2020-12-20T09:15:00Z</pfif:source_date>
              <pfif:author_made_contact>true</pfif:author_made_contact>
              <pfif:status>believed_alive</pfif:status>
              <pfif:phone_of_found_person>+000 555 0102</pfif:phone_of_found_person>
              <pfif:text>He called his mother today (invented).</pfif:text>
            </pfif:note>
            <pfif:note>
              <pfif:note_record_id>families.example.org/note.1004</pfif:note_record_id>
              <pfif:author_name>Invented Relative One</pfif:author_name>
              <pfif:source_date>2020-12-21T09:15:00Z</pfif:source_date>
              <pfif:status>information_sought</pfif:status>
              <pfif:text>Anyone who saw him, please write (invented).</pfif:text>
            </pfif:note>
          </pfif:person>
          <pfif:person>
            <pfif:person_record_id>families.example.org/person.102</pfif:person_record_id>
            <pfif:source_date>2020-12-17T10:00:00Z</pfif:source_date>
            <pfif:full_name>Elnur Qasımlı</pfif:full_name>
            <pfif:age>20</pfif:age>
          </pfif:person>
          <pfif:note>
            <pfif:note_record_id>families.example.org/note.1003</pfif:note_record_id>
            <pfif:person_record_id>families.example.org/person.102</pfif:person_record_id>
            <pfif:author_name>Invented Reporter</pfif:author_name>
            <pfif:source_date>2020-12-18T12:00:00Z</pfif:source_date>
            <pfif:status>believed_dead</pfif:status>
            <pfif:text>An unverified invented report says he was killed.</pfif:text>
          </pfif:note>
        </pfif:pfif>
        """;

    /// <summary>A PFIF 1.4 document around <paramref name="body"/>.</summary>
    public static string Document(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">\n" + body + "\n</pfif:pfif>\n";

    /// <summary>A note record (top-level unless nested by the caller).</summary>
    public static string Note(string id, string personId, string status, string date = "2020-12-22T00:00:00Z", string text = "Invented note.") => $"""
          <pfif:note>
            <pfif:note_record_id>{id}</pfif:note_record_id>
            <pfif:person_record_id>{personId}</pfif:person_record_id>
            <pfif:author_name>Invented Author</pfif:author_name>
            <pfif:source_date>{date}</pfif:source_date>
            <pfif:status>{status}</pfif:status>
            <pfif:text>{text}</pfif:text>
          </pfif:note>
        """;

    /// <summary>A person record with the given extra fields (notes or others).</summary>
    public static string Person(string id, string fullName, string extra = "") => $"""
          <pfif:person>
            <pfif:person_record_id>{id}</pfif:person_record_id>
            <pfif:source_date>2020-12-14T09:30:00Z</pfif:source_date>
            <pfif:full_name>{fullName}</pfif:full_name>
            {extra}
          </pfif:person>
        """;

    public static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));
}
