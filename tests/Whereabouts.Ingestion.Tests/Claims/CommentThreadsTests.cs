using Whereabouts.Ingestion.Claims;

namespace Whereabouts.Ingestion.Tests.Claims;

// Invented paragraphs.
public sealed class CommentThreadsTests
{
    private static readonly string[] Body = ["Invented headline", "The ministry said 12 soldiers were wounded.", "Talks continue."];

    [Theory]
    [InlineData("Comments")]
    [InlineData("12 Comments")]
    [InlineData("Leave a Reply")]
    [InlineData("About the author")]
    [InlineData("Комментарии (3)")]
    [InlineData("Մեկնաբանություններ")]
    [InlineData("Şərhlər")]
    [InlineData("December 16, 2020 at 3:45 pm")]
    [InlineData("16.12.2020 в 15:30")]
    public void Drop_HeadingOrTimestamp_CutsTheRest(string cue)
    {
        string[] paragraphs = [.. Body, cue, "I heard 500 are missing."];

        Assert.Equal(Body, CommentThreads.Drop(paragraphs));
    }

    [Fact]
    public void Drop_CommentBeforeItsReply_IsCutToo()
    {
        string[] paragraphs = [.. Body, "Anna says: I heard 500 are missing.", "Reply"];

        Assert.Equal(Body, CommentThreads.Drop(paragraphs));
    }

    [Fact]
    public void Drop_DatelineWithTimeAtTheTop_IsTheArticlesOwn()
    {
        string[] paragraphs = ["Invented headline", "December 16, 2020 at 3:45 pm", "The ministry said 12 soldiers were wounded."];

        Assert.Equal(paragraphs, CommentThreads.Drop(paragraphs));
    }

    [Theory]
    [InlineData("The ministry says: 40 soldiers are missing and the search continues in three districts.")]
    [InlineData("14:30")]
    [InlineData("Reply to the ministry's letter came on Monday, and 40 families were told to wait.")]
    public void Drop_ArticleParagraphThatOnlyLooksLikeACue_IsKept(string paragraph)
    {
        string[] paragraphs = [.. Body, paragraph, "More text."];

        Assert.Equal(paragraphs, CommentThreads.Drop(paragraphs));
    }
}
