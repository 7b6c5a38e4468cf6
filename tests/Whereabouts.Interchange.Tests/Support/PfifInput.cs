using System.Text;
using Whereabouts.Interchange.Pfif;

namespace Whereabouts.Interchange.Tests.Support;

/// <summary>Reading PFIF from strings and files in tests.</summary>
internal static class PfifInput
{
    public static PfifReadResult Read(string xml, PfifReaderOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return new PfifReader(options).Read(stream);
    }

    public static PfifReadResult ReadFile(string path, PfifReaderOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return new PfifReader(options).Read(stream);
    }

    public static PfifReaderOptions Strict => new() { Strict = true };

    /// <summary>A PFIF 1.4 document around <paramref name="body"/>.</summary>
    public static string Document(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">\n" + body + "\n</pfif:pfif>\n";

    /// <summary>A valid invented person record with the given extra fields.</summary>
    public static string Person(string id = "tests.example.org/person.1", string extra = "") =>
        $"""
          <pfif:person>
            <pfif:person_record_id>{id}</pfif:person_record_id>
            <pfif:source_date>2020-12-14T09:30:00Z</pfif:source_date>
            <pfif:full_name>Invented Person</pfif:full_name>
            {extra}
          </pfif:person>
        """;
}
