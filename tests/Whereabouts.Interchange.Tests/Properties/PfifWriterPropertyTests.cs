using CsCheck;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Interchange.Tests.Properties;

/// <summary>
/// The PFIF writer on persons with hostile names: a document the reader reads back to the same
/// names, or the documented <see cref="ArgumentException"/> for a record that is not valid PFIF.
/// </summary>
public sealed class PfifWriterPropertyTests
{
    private static readonly DateTimeOffset Entered = new(2021, 1, 12, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Write_PersonsWithHostileNames_WritesWhatTheReaderReadsBack()
    {
        Gen.Select(HostileInput.Name, HostileInput.Name, HostileInput.Name).Sample(
            (given, family, full) => HostileInput.ReturnsOrRefuses<ArgumentException>(() =>
            {
                var person = new PfifPerson
                {
                    PersonRecordId = "invented.example.org/p1",
                    EntryDate = Entered,
                    SourceDate = Entered,
                    FullName = [full],
                    GivenName = given,
                    FamilyName = family,
                };
                using var output = new MemoryStream();
                PfifWriter.Write(output, [person]);

                output.Position = 0;
                var read = new PfifReader().Read(output);
                Assert.True(read.Accepted, string.Join("; ", read.Issues.Select(i => i.Message)));
            }),
            iter: HostileInput.Iterations);
    }
}
