namespace Whereabouts.Application.Tests.Ingestion;

/// <summary>Articles written for these tests; every person and outlet in them is invented.</summary>
internal static class InventedArticles
{
    /// <summary>A plain-text report with three figures for the missing (one denied), a distractor
    /// duration and an author blurb.</summary>
    public const string MissingReport = """
        date 2020-12-16
        Invented report: families wait for word from Khtsabert

        By Anna Inventova

        The Ministry of Defence said on December 15 that the fate of 73 servicemen remained unknown after the fighting near Khtsabert.

        The ministry denied reports that 171 soldiers were missing.

        The ombudsman said about 60 soldiers were missing in Khtsabert and Hin Tagher.

        The 44-day war ended in November.

        About the author: Anna Inventova is an invented reporter who has covered the region for 12 years.
        """;

    /// <summary>A Russian statement: a figure for the missing with an inflected place name (Хцаберде), and a comment thread.</summary>
    public const string RussianStatement = """
        date 2020-12-16
        Вымышленное заявление: семьи ждут вестей из Хцаберда

        Министерство обороны сообщило, что 15 декабря судьба 73 военнослужащих в Хцаберде оставалась неизвестной.

        Война длилась 44 дня.

        Комментарии

        Гость пишет:

        Говорят, пропали еще 500 человек.
        """;

    /// <summary>An Armenian statement: servicemen held, with the place in the locative (Խծաբերդում).</summary>
    public const string ArmenianStatement = """
        date 2020-12-16
        Հորինված հայտարարություն՝ Խծաբերդի գերիները

        ՄԻՊ-ի խոսքով՝ Խծաբերդում գերեվարված առնվազն 60 հայ զինծառայող դեռ պահվում է Ադրբեջանում։
        """;
}
