using CsCheck;
using Whereabouts.Ingestion.Text;
using Whereabouts.Testing.Properties;

namespace Whereabouts.Ingestion.Tests.Properties;

/// <summary>Date text on anything a page may put where a date belongs: a date or null, never an exception.</summary>
public sealed class DateTextPropertyTests
{
    private static readonly Gen<string> DateLike = Gen.Frequency(
        (2, HostileInput.Text),
        (2, Gen.Select(Gen.Int, Gen.Int, Gen.Long, Gen.OneOf("-", ".", "/", " ", "T", ":", "+", "January ", "дек. ", ", "),
            (a, b, c, sep) => $"{a}{sep}{b}{sep}{c}")),
        (1, Gen.OneOf("2021-01-12T09:30:00+04:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2021-02-30", "12 January 2021", "Jan. 12, 2021",
            "12.01.2021", "31.12.99999", "12 декабря 2020", "0 January 0", "99 Dec 2147483648", "2021-01-12T25:61", "—", ":", "PARIS —", "-")));

    [Fact]
    public void ParseFindAndDateline_HostileText_ReturnADateOrNull()
    {
        DateLike.Sample(
            text => HostileInput.Returns(() =>
            {
                _ = DateText.Parse(text);
                _ = DateText.Find(text);
                _ = DateText.Dateline(text);
            }),
            iter: HostileInput.Iterations * 2);
    }
}
