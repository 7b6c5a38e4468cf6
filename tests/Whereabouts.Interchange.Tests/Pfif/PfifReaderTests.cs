using Whereabouts.Interchange.Pfif;
using Whereabouts.Interchange.Tests.Support;

namespace Whereabouts.Interchange.Tests.Pfif;

/// <summary>Reading valid documents and reporting faults; see the partial files for safety limits and the upstream samples.</summary>
public sealed partial class PfifReaderTests
{
    private const string Families = "invented-families.pfif-1.4.xml";
    private const string Faults = "invented-faults.pfif-1.4.xml";

    [Fact]
    public void Read_ValidDocument_ReturnsPersonsWithNestedNotesAndTopLevelNotes()
    {
        var result = PfifInput.ReadFile(TestFiles.Fixture(Families), PfifInput.Strict);

        Assert.True(result.Accepted);
        Assert.Empty(result.Issues);
        Assert.Equal("1.4", result.Version);
        Assert.Equal(["families.example.org/person.101", "families.example.org/person.102"], result.Persons.Select(p => p.PersonRecordId));
        var first = result.Persons[0];
        Assert.Equal(["Vardges Tadevosyan", "Վարդգես Թադևոսյան"], first.FullName);
        Assert.Equal(["Вардгес Тадевосян", "Vardges Tadevosian"], first.AlternateNames);
        Assert.Equal("Vardges", first.GivenName);
        Assert.Equal("Tadevosyan", first.FamilyName);
        Assert.Equal(PfifSex.Male, first.Sex);
        Assert.Equal("2001-03", first.DateOfBirth);
        Assert.Equal("19", first.Age);
        Assert.Equal("Invented Town", first.HomeCity);
        Assert.Equal(new DateTimeOffset(2020, 12, 15, 18, 30, 0, TimeSpan.Zero), first.SourceDate);
        Assert.Equal(TestFiles.LineOf(TestFiles.FixtureText(Families), "<pfif:person>"), first.Line);

        Assert.Equal(["families.example.org/note.1001", "families.example.org/note.1002"], first.Notes.Select(n => n.NoteRecordId));
        Assert.All(first.Notes, n => Assert.Equal(first.PersonRecordId, n.PersonRecordId));
        Assert.Equal(PfifNoteStatus.BelievedMissing, first.Notes[0].Status);
        Assert.Equal("an invented hill post", first.Notes[0].LastKnownLocation);
        Assert.True(first.Notes[1].AuthorMadeContact);
        Assert.Equal("+000 555 0102", first.Notes[1].PhoneOfFoundPerson);

        var second = result.Persons[1];
        Assert.Equal(new DateTimeOffset(2020, 12, 17, 10, 0, 0, 250, TimeSpan.Zero), second.SourceDate);
        var loose = Assert.Single(result.Notes);
        Assert.Equal("families.example.org/person.102", loose.PersonRecordId);
        Assert.Equal(PfifNoteStatus.BelievedDead, loose.Status);
    }

    [Fact]
    public void Read_FaultyDocumentLeniently_KeepsWhatCanBeKeptAndReportsEveryFaultWithItsLine()
    {
        var text = TestFiles.FixtureText(Faults);

        var result = PfifInput.ReadFile(TestFiles.Fixture(Faults));

        Assert.True(result.Accepted);
        Assert.Equal(["faults.example.org/person.1", "faults.example.org/person.4"], result.Persons.Select(p => p.PersonRecordId));
        var kept = result.Persons[1];
        Assert.Null(kept.SourceDate);
        Assert.Equal(["Invented Bad Values"], kept.FullName);
        Assert.Null(kept.Sex);
        Assert.Null(kept.DateOfBirth);
        Assert.Null(kept.HomeCountry);
        var note = Assert.Single(kept.Notes);
        Assert.Equal("faults.example.org/note.42", note.NoteRecordId);
        Assert.Null(note.AuthorName);
        Assert.Null(note.Status);
        Assert.Empty(result.Notes);

        (int Line, string Field, PfifIssueEffect Effect)[] expected =
        [
            (TestFiles.LineOf(text, "<pfif:person>"), "source_date", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, "faults.example.org/person.2") - 1, "full_name", PfifIssueEffect.RecordSkipped),
            (TestFiles.LineOf(text, "not-a-record-id"), "person_record_id", PfifIssueEffect.RecordSkipped),
            (TestFiles.LineOf(text, "2021-11-17 10:00:00"), "source_date", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, "Invented Twice"), "full_name", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, ">unknown<"), "sex", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, "2001-13"), "date_of_birth", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, ">am<"), "home_country", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, "first_name"), "first_name", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, "person.999"), "person_record_id", PfifIssueEffect.RecordSkipped),
            (TestFiles.LineOf(text, "faults.example.org/note.42") - 1, "author_name", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, "believed_lost"), "status", PfifIssueEffect.RecordKept),
            (TestFiles.LineOf(text, "faults.example.org/note.5") - 1, "person_record_id", PfifIssueEffect.RecordSkipped),
        ];
        Assert.Equal(expected, result.Issues.Select(i => (i.Line, i.Field, i.Effect)));
        Assert.All(result.Issues, i => Assert.True(i.Column > 0));
    }

    [Fact]
    public void Read_FaultyDocumentStrictly_RejectsEverythingButStillReportsEveryFault()
    {
        var lenient = PfifInput.ReadFile(TestFiles.Fixture(Faults));

        var strict = PfifInput.ReadFile(TestFiles.Fixture(Faults), PfifInput.Strict);

        Assert.False(strict.Accepted);
        Assert.Empty(strict.Persons);
        Assert.Empty(strict.Notes);
        Assert.Equal(lenient.Issues, strict.Issues);
    }

    [Fact]
    public void Read_MissingRequiredField_NamesTheFieldAndTheRecordsLine()
    {
        var xml = PfifInput.Document("""
              <pfif:person>
                <pfif:person_record_id>tests.example.org/person.1</pfif:person_record_id>
                <pfif:full_name>Invented Person</pfif:full_name>
              </pfif:person>
            """);

        var issue = Assert.Single(PfifInput.Read(xml).Issues);

        Assert.Equal(3, issue.Line);
        Assert.Equal("source_date", issue.Field);
        Assert.Contains("required field source_date is missing", issue.Message, StringComparison.Ordinal);
        Assert.Equal("3: source_date: required field source_date is missing; the record is kept without it.", issue.ToString());
    }

    [Theory]
    [InlineData("2020-12-14T09:30:00+04:00")]
    [InlineData("2020-12-14T09:30:00")]
    [InlineData("2020-12-14")]
    [InlineData("2020-13-14T09:30:00Z")]
    [InlineData("14.12.2020 09:30")]
    public void Read_TimeNotInUtcForm_IsReported(string time)
    {
        var xml = PfifInput.Document(PfifInput.Person(extra: $"<pfif:entry_date>{time}</pfif:entry_date>"));

        var issue = Assert.Single(PfifInput.Read(xml).Issues);

        Assert.Equal("entry_date", issue.Field);
        Assert.Contains("is not a UTC time", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2001")]
    [InlineData("2001-03")]
    [InlineData("2001-03-31")]
    public void Read_DateOfBirthAsYearMonthOrDay_IsKept(string date)
    {
        var result = PfifInput.Read(PfifInput.Document(PfifInput.Person(extra: $"<pfif:date_of_birth>{date}</pfif:date_of_birth>")));

        Assert.Empty(result.Issues);
        Assert.Equal(date, Assert.Single(result.Persons).DateOfBirth);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("2001-3")]
    [InlineData("2001-02-30")]
    [InlineData("about 2001")]
    public void Read_DateOfBirthInAnotherForm_IsReportedAndIgnored(string date)
    {
        var result = PfifInput.Read(PfifInput.Document(PfifInput.Person(extra: $"<pfif:date_of_birth>{date}</pfif:date_of_birth>")));

        Assert.Equal("date_of_birth", Assert.Single(result.Issues).Field);
        Assert.Null(Assert.Single(result.Persons).DateOfBirth);
    }

    [Fact]
    public void Read_NestedNoteWithoutPersonRecordId_TakesItsParents()
    {
        var xml = PfifInput.Document(PfifInput.Person(extra: """
            <pfif:note>
              <pfif:note_record_id>tests.example.org/note.1</pfif:note_record_id>
              <pfif:author_name>Invented Author</pfif:author_name>
              <pfif:source_date>2020-12-15T00:00:00Z</pfif:source_date>
              <pfif:text>Invented text.</pfif:text>
            </pfif:note>
            """));

        var result = PfifInput.Read(xml, PfifInput.Strict);

        Assert.True(result.Accepted);
        Assert.Equal("tests.example.org/person.1", Assert.Single(Assert.Single(result.Persons).Notes).PersonRecordId);
    }

    [Fact]
    public void Read_OlderVersion_MapsOldFieldNamesToPfif14()
    {
        var result = PfifInput.ReadFile(TestFiles.Fixture("invented.pfif-1.2.xml"), PfifInput.Strict);

        Assert.True(result.Accepted);
        Assert.Equal("1.2", result.Version);
        var person = Assert.Single(result.Persons);
        Assert.Equal("Invented", person.GivenName);
        Assert.Equal("Oldformat", person.FamilyName);
        Assert.Empty(person.FullName);
        Assert.Equal("00000", person.HomePostalCode);
        Assert.Equal("description: an invented person in an old format", person.Description);
        var note = Assert.Single(person.Notes);
        Assert.True(note.AuthorMadeContact);
        Assert.Equal(PfifNoteStatus.BelievedAlive, note.Status);
    }

    [Fact]
    public void Read_Pfif14FieldInAnOlderDocument_IsReportedAsUnknown()
    {
        var xml = """
            <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.2">
              <pfif:person>
                <pfif:person_record_id>old.example.org/person.1</pfif:person_record_id>
                <pfif:given_name>Invented</pfif:given_name>
                <pfif:last_name>Person</pfif:last_name>
              </pfif:person>
            </pfif:pfif>
            """;

        var issue = Assert.Single(PfifInput.Read(xml).Issues);

        Assert.Equal(("given_name", 4), (issue.Field, issue.Line));
    }

    [Theory]
    [InlineData("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/9.9\"/>", "is not that of PFIF")]
    [InlineData("<pfif xmlns=\"http://example.org/other\"/>", "is not that of PFIF")]
    [InlineData("<people xmlns=\"http://zesty.ca/pfif/1.4\"/>", "root element must be pfif:pfif")]
    public void Read_NotPfif_IsRejectedWhole(string xml, string reason)
    {
        var result = PfifInput.Read(xml);

        Assert.False(result.Accepted);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(PfifIssueEffect.DocumentRejected, issue.Effect);
        Assert.Contains(reason, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotWellFormed_IsRejectedWithTheLineOfTheFault()
    {
        var xml = PfifInput.Document(PfifInput.Person() + "\n  <pfif:person>\n    <pfif:full_name>Broken</pfif:fullname>\n  </pfif:person>");

        var result = PfifInput.Read(xml);

        Assert.False(result.Accepted);
        Assert.Empty(result.Persons);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(PfifIssueEffect.DocumentRejected, issue.Effect);
        Assert.Equal(TestFiles.LineOf(xml, "</pfif:fullname>"), issue.Line);
        Assert.StartsWith("not well-formed XML", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyDocument_HasNoRecordsAndNoIssues()
    {
        var result = PfifInput.Read("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"/>", PfifInput.Strict);

        Assert.True(result.Accepted);
        Assert.Empty(result.Persons);
        Assert.Empty(result.Issues);
    }
}
