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
}
