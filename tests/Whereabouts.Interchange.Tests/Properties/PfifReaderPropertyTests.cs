using System.Text;
using CsCheck;
using Whereabouts.Interchange.Pfif;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Interchange.Tests.Properties;

/// <summary>
/// The PFIF reader on any bytes and any PFIF-like XML: a result (accepted or not, with its
/// issues), never an exception, within the time limit. The reader documents no exception for bad
/// input: every problem is an issue with its line.
/// </summary>
public sealed class PfifReaderPropertyTests
{
    [Fact]
    public void Read_HostilePfifXml_ReturnsAResultWithinTheTimeLimit()
    {
        Gen.Select(HostileInput.DocumentBytes(HostileInput.PfifXml), Gen.Bool).Sample(
            (bytes, strict) => HostileInput.Returns(() =>
            {
                var result = new PfifReader(new PfifReaderOptions { Strict = strict, MaxFieldLength = 64 }).Read(new MemoryStream(bytes, writable: false));
                Assert.True(result.Accepted || (result.Persons.Count == 0 && result.Notes.Count == 0) || !strict);
                Assert.All(result.Issues, i => Assert.False(string.IsNullOrEmpty(i.Message)));
            }),
            iter: HostileInput.Iterations * 2);
    }

    [Fact]
    public void Read_RandomBytes_IsNotAcceptedAsPfif()
    {
        HostileInput.Bytes.Sample(
            bytes => HostileInput.Returns(() => Assert.Empty(new PfifReader().Read(new MemoryStream(bytes, writable: false)).Persons)),
            iter: HostileInput.Iterations);
    }

    [Fact]
    public void Read_TextWhereXmlShouldBe_ReturnsAResultWithinTheTimeLimit()
    {
        Gen.OneOf(HostileInput.Text, HostileInput.HtmlDocument, HostileInput.Csv).Sample(
            text => HostileInput.Returns(() => Assert.NotNull(new PfifReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false)))),
            iter: HostileInput.Iterations);
    }
}
