using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Ingestion;
using Whereabouts.Storage;
using DomainClaim = Whereabouts.Domain.CountClaim;

namespace Whereabouts.Application.Ingestion;

/// <summary>
/// Adds an article or statement to the registry: registers it as a source, archives the document
/// (bytes, main text, SHA-256), and puts every count claim read from it in the review list. All of
/// it is one save: a document that cannot be read, or was archived before, changes nothing.
/// </summary>
public sealed class SourceIngest(WhereaboutsDatabase database, ArticleIngest reader, ICurrentActor actor, TimeProvider clock)
{
    // The storage model's column sizes.
    private const int TitleLength = 500;
    private const int NameLength = 200;
    private const int UrlLength = 2000;
    private const int FileNameLength = 260;

    /// <summary>Reads, archives and registers one document.</summary>
    /// <exception cref="ValidationFailedException">The document cannot be read, is empty (or holds only white space), too large or
    /// archived already, or a field is wrong; nothing was saved.</exception>
    public async Task<IngestedSource> IngestAsync(DocumentSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new FieldErrors();
        var kind = errors.Choice("kind", submission.Kind, SourceKind.NewsArticle);
        var reliability = errors.Choice("reliability", submission.Reliability, Reliability.F);
        var title = errors.Text("title", submission.Title, TitleLength);
        var url = errors.Text("url", submission.Url, UrlLength);
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add("url", "Enter an absolute http or https address, such as https://example.org/article.");
        }

        var fileName = Path.GetFileName(submission.FileName ?? string.Empty).Trim();
        if (fileName.Length is 0 or > FileNameLength)
        {
            errors.Add("document", "The document needs a file name of at most 260 characters.");
        }

        if (submission.Content is null || submission.Content.Length == 0)
        {
            errors.Add("document", "The document is empty: upload a file or paste the article's text.");
        }
        else if (submission.Content.Length > SourceArchive.MaxContentBytes)
        {
            errors.Add("document", $"{fileName} is {submission.Content.Length:N0} bytes; the registry archives at most {SourceArchive.MaxContentBytes:N0}.");
        }

        errors.ThrowIfAny();

        var article = await ReadAsync(submission.Content!, fileName, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            // Bytes that read as nothing (white space, empty markup) are not a source anyone can cite.
            throw new ValidationFailedException("document", $"{fileName} holds no text, only white space or markup; nothing was archived.");
        }

        await using var context = database.CreateContext(actor.Name);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(submission.Content!));
        var archivedAs = await context.SourceArchives.AsNoTracking()
            .Where(a => a.Sha256 == hash)
            .Join(context.Sources, a => a.SourceId, s => s.Id, (a, s) => s.Title)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (archivedAs is not null)
        {
            throw new ValidationFailedException("document", $"{fileName} was archived before, as the source \"{archivedAs}\" (SHA-256 {hash}); nothing was added.");
        }

        var now = clock.GetUtcNow();
        var today = FieldErrors.LatestToday(clock);
        var published = article.Published is { } day && day <= today ? PartialDate.OfDay(day) : null;
        var details = new SourceDetails(
            kind,
            title ?? Clip(article.Title, TitleLength) ?? fileName,
            Clip(article.Site, NameLength),
            Clip(string.Join(", ", article.Authors), NameLength),
            url,
            published,
            now,
            reliability,
            null);
        var source = new Source(Guid.NewGuid(), details);
        var archive = new SourceArchive(source, fileName, MediaType(fileName), submission.Content!, article.Text, actor.Name, now);

        var parties = await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false);
        var claims = new List<DomainClaim>();
        foreach (var extracted in article.Claims)
        {
            // A claim whose sentence names exactly one gazetteer place is proposed as counting over
            // that place; the analyst can widen it to an incident or clear it.
            var places = (await reader.FindPlacesAsync(extracted.Quote, cancellationToken).ConfigureAwait(false))
                .Select(p => p.Id).Distinct().ToList();
            var claim = DomainClaim.Propose(Guid.NewGuid(), ClaimMapping.ToDetails(extracted, source.Id, places.Count == 1 ? places[0] : null, today, parties), actor.Name, now);
            claims.Add(claim);
        }

        context.Sources.Add(source);
        context.SourceArchives.Add(archive);
        context.CountClaims.AddRange(claims);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        return new IngestedSource(source.Id, source.Title, archive.Sha256, claims.Count, article.Places, article.People, article.Language);
    }

    private async Task<IngestedArticle> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return await reader.ReadAsync(stream, fileName, cancellationToken).ConfigureAwait(false);
        }
        catch (IngestionInputException e)
        {
            throw new ValidationFailedException("document", IngestionMessages.Of(e));
        }
    }

    // Gzipped documents are archived as received, so their type is gzip's.
    private static string MediaType(string fileName) =>
        fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? "application/gzip"
        : fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? "text/plain"
        : "text/html";

    private static string? Clip(string? text, int length)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > length ? trimmed[..length] : trimmed;
    }
}
