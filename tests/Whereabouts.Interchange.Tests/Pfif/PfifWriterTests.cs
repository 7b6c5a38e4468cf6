using System.Text;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Interchange.Tests.Support;

namespace Whereabouts.Interchange.Tests.Pfif;

public sealed class PfifWriterTests
{
    [Fact]
    public void Write_ThenRead_GivesBackEveryFieldOfEveryRecord()
    {
        var original = PfifInput.ReadFile(TestFiles.Fixture("invented-families.pfif-1.4.xml"), PfifInput.Strict);

        var text = WriteToString(original.Persons, original.Notes);
        var copy = PfifInput.Read(text, PfifInput.Strict);

        Assert.True(copy.Accepted, string.Join("\n", copy.Issues));
        Assert.Equal(original.Persons.Count, copy.Persons.Count);
        for (var i = 0; i < original.Persons.Count; i++)
        {
            AssertSame(original.Persons[i], copy.Persons[i]);
        }

        Assert.Equal(Describe(original.Notes[0]), Describe(copy.Notes[0]));
    }

    [Fact]
    public void Write_Document_UsesThePfif14NamespaceUtcSecondsAndNestedNotes()
    {
        var person = new PfifPerson
        {
            PersonRecordId = "tests.example.org/person.1",
            SourceDate = new DateTimeOffset(2020, 12, 14, 13, 30, 15, 500, TimeSpan.FromHours(4)),
            FullName = ["Invented Person"],
            Notes =
            [
                new PfifNote
                {
                    NoteRecordId = "tests.example.org/note.1",
                    AuthorName = "Invented Author",
                    SourceDate = new DateTimeOffset(2020, 12, 15, 0, 0, 0, TimeSpan.Zero),
                    Status = PfifNoteStatus.BelievedMissing,
                    Text = "Invented.",
                },
            ],
        };

        var text = WriteToString([person], []);

        var root = text[..(text.IndexOf('>', text.IndexOf("<pfif:pfif", StringComparison.Ordinal)) + 1)];
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<pfif:pfif ", root, StringComparison.Ordinal);
        Assert.Contains(" xmlns:pfif=\"http://zesty.ca/pfif/1.4\"", root, StringComparison.Ordinal);
        Assert.Contains(" xmlns:wa=\"" + PfifExtensions.Namespace + "\"", root, StringComparison.Ordinal);
        Assert.Contains("<pfif:source_date>2020-12-14T09:30:15Z</pfif:source_date>", text, StringComparison.Ordinal);
        Assert.Contains("<pfif:person_record_id>tests.example.org/person.1</pfif:person_record_id>\n    <pfif:source_date>", text, StringComparison.Ordinal);
        Assert.Matches("<pfif:person>(.|\n)*<pfif:note>(.|\n)*</pfif:note>(.|\n)*</pfif:person>", text);
    }

    [Fact]
    public void Write_ExtensionFields_AreWrittenInTheirNamespaceAndReadBack()
    {
        var person = new PfifPerson
        {
            PersonRecordId = "tests.example.org/person.1",
            SourceDate = new DateTimeOffset(2020, 12, 14, 0, 0, 0, TimeSpan.Zero),
            FullName = ["Invented Person"],
            Extensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["side"] = "invented-side", ["invented"] = "true" },
            Notes =
            [
                new PfifNote
                {
                    NoteRecordId = "tests.example.org/note.1",
                    AuthorName = "Invented Author",
                    SourceDate = new DateTimeOffset(2020, 12, 15, 0, 0, 0, TimeSpan.Zero),
                    Status = PfifNoteStatus.BelievedAlive,
                    Text = "Invented.",
                    Extensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["status"] = "capture_confirmed", ["as_of"] = "2020-11" },
                },
            ],
        };

        var text = WriteToString([person], []);
        var read = PfifInput.Read(text, PfifInput.Strict);

        Assert.Contains("<wa:invented>true</wa:invented>\n    <wa:side>invented-side</wa:side>", text, StringComparison.Ordinal);
        Assert.True(read.Accepted);
        Assert.Equal(person.Extensions, Assert.Single(read.Persons).Extensions);
        Assert.Equal(person.Notes[0].Extensions, Assert.Single(read.Persons[0].Notes).Extensions);
    }

    [Fact]
    public void Write_PersonWithoutSourceDate_IsRefusedNamingTheField()
    {
        var person = new PfifPerson { PersonRecordId = "tests.example.org/person.1", FullName = ["Invented Person"] };

        var error = Assert.Throws<ArgumentException>(() => WriteToString([person], []));

        Assert.Equal("PFIF person tests.example.org/person.1: source_date is required.", error.Message);
    }

    [Theory]
    [InlineData("person-without-domain")]
    [InlineData("/local")]
    public void Write_BadRecordId_IsRefused(string id)
    {
        var person = new PfifPerson { PersonRecordId = id, SourceDate = DateTimeOffset.UnixEpoch, FullName = ["Invented Person"] };

        Assert.Throws<ArgumentException>(() => WriteToString([person], []));
    }

    [Fact]
    public void Write_TopLevelNoteWithoutPerson_IsRefused()
    {
        var note = new PfifNote { NoteRecordId = "tests.example.org/note.1", AuthorName = "A", SourceDate = DateTimeOffset.UnixEpoch, Text = "T" };

        var error = Assert.Throws<ArgumentException>(() => WriteToString([], [note]));

        Assert.Contains("person_record_id is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_WithoutFinish_LeavesADocumentThatDoesNotRead()
    {
        using var stream = new MemoryStream();
        using (var writer = new PfifWriter(stream))
        {
            writer.WritePerson(new PfifPerson { PersonRecordId = "tests.example.org/person.1", SourceDate = DateTimeOffset.UnixEpoch, FullName = ["Invented Person"] });
        }

        stream.Position = 0;
        Assert.False(new PfifReader().Read(stream).Accepted);
    }

    private static string WriteToString(IEnumerable<PfifPerson> persons, IEnumerable<PfifNote> notes)
    {
        using var stream = new MemoryStream();
        PfifWriter.Write(stream, persons, notes);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // The writer writes times to the second; the fixture has a time with a fraction.
    private static DateTimeOffset? Seconds(DateTimeOffset? time) =>
        time is { } t ? new DateTimeOffset(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), t.Offset) : null;

    private static void AssertSame(PfifPerson expected, PfifPerson actual)
    {
        Assert.Equal(
            (expected.PersonRecordId, expected.EntryDate, expected.ExpiryDate, expected.AuthorName, expected.AuthorEmail, expected.AuthorPhone,
                expected.SourceName, Seconds(expected.SourceDate), expected.SourceUrl, expected.GivenName, expected.FamilyName, expected.Description,
                expected.Sex, expected.DateOfBirth, expected.Age),
            (actual.PersonRecordId, actual.EntryDate, actual.ExpiryDate, actual.AuthorName, actual.AuthorEmail, actual.AuthorPhone,
                actual.SourceName, actual.SourceDate, actual.SourceUrl, actual.GivenName, actual.FamilyName, actual.Description,
                actual.Sex, actual.DateOfBirth, actual.Age));
        Assert.Equal(
            (expected.HomeStreet, expected.HomeNeighborhood, expected.HomeCity, expected.HomeState, expected.HomePostalCode, expected.HomeCountry, expected.PhotoUrl),
            (actual.HomeStreet, actual.HomeNeighborhood, actual.HomeCity, actual.HomeState, actual.HomePostalCode, actual.HomeCountry, actual.PhotoUrl));
        Assert.Equal(expected.FullName, actual.FullName);
        Assert.Equal(expected.AlternateNames, actual.AlternateNames);
        Assert.Equal(expected.ProfileUrls, actual.ProfileUrls);
        Assert.Equal(expected.Notes.Select(Describe), actual.Notes.Select(Describe));
    }

    private static string Describe(PfifNote n) => string.Join(
        "|",
        n.NoteRecordId, n.PersonRecordId, n.LinkedPersonRecordId, n.EntryDate, n.AuthorName, n.AuthorEmail, n.AuthorPhone, n.SourceDate,
        n.AuthorMadeContact, n.Status, n.EmailOfFoundPerson, n.PhoneOfFoundPerson, n.LastKnownLocation, n.Text, n.PhotoUrl);
}
