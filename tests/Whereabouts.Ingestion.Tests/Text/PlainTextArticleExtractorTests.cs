using Whereabouts.Ingestion.Text;
using Whereabouts.Ingestion.Tests.Support;

namespace Whereabouts.Ingestion.Tests.Text;

public sealed class PlainTextArticleExtractorTests
{
    [Theory]
    [InlineData("comments-en.txt", "Search for the missing shepherds resumes in the invented hills", "Volunteers from three", "The regional office said")]
    [InlineData("comments-ru.txt", "Поиски пропавших пастухов возобновились", "Добровольцы из трёх", "В районной администрации")]
    [InlineData("comments-hy.txt", "Անհետ կորած հովիվների որոնումները վերսկսվել են", "Երեք հորինված գյուղերի", "Մարզպետարանից հայտնել են")]
    [InlineData("comments-az.txt", "İtkin düşmüş çobanların axtarışı bərpa olunub", "Üç uydurma kəndin", "Rayon icra hakimiyyətindən")]
    public void Extract_CopiedPageWithShareLineBioReplyFormAndComments_KeepsOnlyTheArticle(string file, string title, string first, string second)
    {
        var article = PlainTextArticleExtractor.Extract(File.ReadAllText(Fixtures.PathOf(file)), file);

        Assert.Equal(title, article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith(first, article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith(second, article.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReplyUnderACommentWithoutHeading_DropsTheCommentAndItsHeader()
    {
        var text = "An invented headline\n\nThe first invented paragraph says that nine men were found alive on Monday.\n\n"
            + "Gor P.\n12 January 2021 at 10:15\n\nI hope they are all well.\nReply\n";

        var article = PlainTextArticleExtractor.Extract(text, "reply.txt");

        Assert.Equal("The first invented paragraph says that nine men were found alive on Monday.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Extract_ParagraphThatStartsWithACueWord_IsKept()
    {
        // A one-word cue ("Comments", "Share") must be the whole line; a sentence starting with it is text.
        var text = "An invented headline\n\nComments from the invented ministry were brief on Monday.\n\nShare prices in the invented town fell, but the search went on.\n";

        var article = PlainTextArticleExtractor.Extract(text, "cues.txt");

        Assert.Equal(2, article.Paragraphs.Count);
    }
}
