using Whereabouts.Interchange.Pfif;
using Whereabouts.Interchange.Tests.Support;
using Whereabouts.Testing;

namespace Whereabouts.Interchange.Tests.Pfif;

/// <summary>
/// The upstream importer fixtures in ../shared/data/pfif/samples (not part of the repository; the
/// tests skip when they are absent). They use placeholders such as <c>_test_author_email</c>, so they
/// are faulty by design: a RELAX NG validator reports 11 errors in the 1.4 file.
/// </summary>
public sealed partial class PfifReaderTests
{
    [Fact]
    public void Read_Pfif14SampleStrictly_ReportsThePlaceholderContactsAndTheNotesWithoutAuthor()
    {
        var path = Path.Combine(SharedData.Require("pfif/samples"), "test.pfif-1.4.xml");
        var lines = File.ReadAllLines(path);

        var result = PfifInput.ReadFile(path, PfifInput.Strict);

        Assert.False(result.Accepted);
        Assert.Empty(result.Persons);
        Assert.Equal(11, result.Issues.Count);
        var byField = result.Issues.GroupBy(i => i.Field).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(
            new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["author_email"] = 2,
                ["author_phone"] = 3,
                ["email_of_found_person"] = 2,
                ["phone_of_found_person"] = 2,
                ["author_name"] = 2,
            },
            byField);
        foreach (var issue in result.Issues)
        {
            // A bad value is reported on its own line; a missing field on its record's start tag.
            var expectedTag = issue.Field == "author_name" ? "<pfif:note>" : $"<pfif:{issue.Field}>";
            Assert.Contains(expectedTag, lines[issue.Line - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_Pfif14SampleLeniently_KeepsThePersonAndItsFourNotesWithoutTheBadValues()
    {
        var path = Path.Combine(SharedData.Require("pfif/samples"), "test.pfif-1.4.xml");

        var result = PfifInput.ReadFile(path);

        Assert.True(result.Accepted);
        Assert.Equal(11, result.Issues.Count);
        Assert.All(result.Issues, i => Assert.Equal(PfifIssueEffect.RecordKept, i.Effect));
        var person = Assert.Single(result.Persons);
        Assert.Equal("test.google.com/person.21009", person.PersonRecordId);
        Assert.Equal(["_test_full_name1", "_test_full_name2"], person.FullName);
        Assert.Equal("_test_home_city", person.HomeCity);
        Assert.Null(person.AuthorEmail);
        Assert.Equal(4, person.Notes.Count);
        Assert.Equal([PfifNoteStatus.BelievedMissing, null, PfifNoteStatus.IsNoteAuthor, PfifNoteStatus.BelievedMissing], person.Notes.Select(n => n.Status));
        Assert.Equal("inna-testing@gmail.com", person.Notes[1].AuthorEmail);
        Assert.Null(person.Notes[2].AuthorName);
    }

    [Theory]
    [InlineData("test.pfif-1.1.xml", "1.1", 1, 2)]
    [InlineData("test.pfif-1.2.xml", "1.2", 1, 4)]
    [InlineData("test.pfif-1.2-badrecord.xml", "1.2", 2, 4)]
    [InlineData("test.pfif-1.2-note.xml", "1.2", 0, 2)]
    [InlineData("test.pfif-1.2-believed-dead.xml", "1.2", 0, 1)]
    [InlineData("test.pfif-1.2-notification.xml", "1.2", 0, 1)]
    [InlineData("test.pfif-1.2-source.xml", "1.2", 1, 0)]
    [InlineData("global-test.pfif-1.2-source.xml", "1.2", 1, 0)]
    public void Read_OlderSamplesLeniently_KeepEveryRecordUnderPfif14Names(string file, string version, int persons, int notes)
    {
        var result = PfifInput.ReadFile(Path.Combine(SharedData.Require("pfif/samples"), file));

        Assert.True(result.Accepted);
        Assert.Equal(version, result.Version);
        Assert.Equal(persons, result.Persons.Count);
        Assert.Equal(notes, result.Persons.Sum(p => p.Notes.Count) + result.Notes.Count);
        Assert.All(result.Persons, p => Assert.Equal("_test_first_name", p.GivenName));
        Assert.All(result.Issues, i => Assert.Equal(PfifIssueEffect.RecordKept, i.Effect));
    }
}
