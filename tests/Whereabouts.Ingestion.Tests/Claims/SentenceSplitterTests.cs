using Whereabouts.Ingestion.Claims;

namespace Whereabouts.Ingestion.Tests.Claims;

// Invented text.
public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Paragraphs() => new()
    {
        { "Mr. Beglarian spoke. Gen. Petrosyan did not.", ["Mr. Beglarian spoke.", "Gen. Petrosyan did not."] },
        { "Officials in the U.S. State Department said so. A. Sahakyan agreed.", ["Officials in the U.S. State Department said so.", "A. Sahakyan agreed."] },
        { "Flight No. 5 landed on Dec. 14 at night. Then it left.", ["Flight No. 5 landed on Dec. 14 at night.", "Then it left."] },
        { "\"They are alive. We know it,\" she said. Nobody answered.", ["\"They are alive. We know it,\" she said.", "Nobody answered."] },
        { "Was it true? \"Never.\" 44 returned.", ["Was it true?", "\"Never.\"", "44 returned."] },
        { "The figure rose to 1.5 percent. It fell later.", ["The figure rose to 1.5 percent.", "It fell later."] },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Split_Paragraph_GivesSentences(string paragraph, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(paragraph).ToArray());
}
