using Whereabouts.Ingestion.Text;

namespace Whereabouts.Ingestion.Tests.Text;

public sealed class FurnitureCuesTests
{
    [Theory]
    [InlineData("Comments")]
    [InlineData("12 Comments")]
    [InlineData("Comments (12)")]
    [InlineData("Leave a Reply Cancel reply")]
    [InlineData("Комментарии:")]
    [InlineData("Об авторе")]
    [InlineData("Մեկնաբանություններ")]
    [InlineData("Şərhlər")]
    public void IsTail_CommentOrBioHeading_IsTrue(string line) => Assert.True(FurnitureCues.Instance.IsTail(line));

    [Theory]
    [InlineData("Comments from the ministry were brief.")]
    [InlineData("Responses to the appeal came from three invented villages, the office said.")]
    public void IsTail_SentenceStartingWithACueWord_IsFalse(string line) => Assert.False(FurnitureCues.Instance.IsTail(line));

    [Theory]
    [InlineData("Share on Facebook")]
    [InlineData("Поделиться")]
    [InlineData("Կիսվել")]
    [InlineData("Paylaş:")]
    [InlineData("Subscribe to our newsletter")]
    public void IsShareLine_ShareOrSubscribeLine_IsTrue(string line) => Assert.True(FurnitureCues.Instance.IsShareLine(line));

    [Fact]
    public void IsShareLine_SentenceAboutShares_IsFalse() =>
        Assert.False(FurnitureCues.Instance.IsShareLine("Shares in the invented company fell."));

    [Theory]
    [InlineData("Reply")]
    [InlineData("Ответить")]
    [InlineData("Պատասխանել")]
    [InlineData("Cavab ver")]
    public void IsReply_ReplyLink_IsTrue(string line) => Assert.True(FurnitureCues.Instance.IsReply(line));

    [Theory]
    [InlineData("Gor P. says:")]
    [InlineData("Гость пишет:")]
    public void IsCommentHeader_NameAndSays_IsTrue(string line) => Assert.True(FurnitureCues.Instance.IsCommentHeader(line));

    [Theory]
    [InlineData("Анна Примерова — корреспондент вымышленной газеты.")]
    [InlineData("Leyla Nümunəli jurnalistdir.")]
    [InlineData("She can be reached at reporter@example.org.")]
    public void IsBio_AuthorBlurb_IsTrue(string paragraph) => Assert.True(FurnitureCues.Instance.IsBio(paragraph));

    [Fact]
    public void IsBio_NewsSentenceMentioningAReporter_IsFalse() =>
        Assert.False(FurnitureCues.Instance.IsBio("The invented ministry told a reporter that eleven men were missing."));
}
