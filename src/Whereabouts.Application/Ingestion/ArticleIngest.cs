using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Persons;
using Whereabouts.Ingestion;
using Whereabouts.Ingestion.Claims;
using Whereabouts.Ingestion.Mentions;
using Whereabouts.Storage;
using Whereabouts.Linkage.Names;

namespace Whereabouts.Application.Ingestion;

/// <summary>
/// Reads articles and statements (HTML, gzipped HTML, plain text) with the ingestion engine, and
/// looks up what they mention in the registry: places of the gazetteer in any spelling, and
/// people whose name is written in the text in any script. Reads only; nothing is saved.
/// </summary>
public sealed class ArticleIngest(WhereaboutsDatabase database, PersonSearch people)
{
    // A name that fits more people than this is too common to say whom the text means.
    private const int MaxPeoplePerName = 3;

    private PlaceMentionFinder? _places;

    /// <summary>Reads one document.</summary>
    /// <exception cref="IngestionInputException">The document cannot be read; the message names it and says why.</exception>
    public async Task<IngestedArticle> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var (article, claims) = ReadWithEngine(content, fileName);
        var language = article.Language;
        var text = article.Text;
        var finder = await PlacesAsync(cancellationToken).ConfigureAwait(false);
        var places = finder.Find(string.Join('\n', new[] { article.Title ?? string.Empty, text })).Select(m => m.Name).ToList();
        var named = new List<string>();
        foreach (var candidate in PersonNameCandidates.Find(text))
        {
            var found = await people.RunAsync(new PersonSearchCriteria(Text: candidate, PageSize: MaxPeoplePerName + 1, NearSpellings: false), cancellationToken).ConfigureAwait(false);
            if (found.Total is > 0 and <= MaxPeoplePerName)
            {
                foreach (var person in await ExactlyNamedAsync(candidate, found.Items, cancellationToken).ConfigureAwait(false))
                {
                    if (!named.Contains(person, StringComparer.Ordinal))
                    {
                        named.Add(person);
                    }
                }
            }
        }

        return new IngestedArticle(article.FileName, article.Title, article.Published, article.Authors, article.Site, language, text, claims, places, named);
    }

    // The engines should refuse bad input only with IngestionInputException. Should one still
    // fail on a document, the command line, the upload page and the API each say which document
    // and what failed, as they say it for a document that cannot be read, instead of an empty 400
    // or a 500; the fault's type and message go with it so that it can be reported.
    private static (Article Article, IReadOnlyList<CountClaim> Claims) ReadWithEngine(Stream content, string fileName)
    {
        try
        {
            var article = ArticleReader.Read(content, fileName);
            return (article, CountClaimExtractor.Extract(article.Paragraphs, article.Published, article.Language));
        }
        catch (Exception e) when (e is not IngestionInputException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw IngestionInputException.EngineFailure(fileName, e);
        }
    }

    // The search also matches the start of a name (for typing) and a father's name; a mention
    // must be a name form's given name and family name, in some spelling: "Arayik Harutyunyan" is
    // neither Garik Harutyunyan nor Garik Arayikovich Harutyunyan.
    private async Task<List<string>> ExactlyNamedAsync(string candidate, IReadOnlyList<PersonListItem> found, CancellationToken cancellationToken)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = NameKeys.Given(words[0]);
        var family = NameKeys.Family(words[^1]);
        var ids = found.Select(p => p.Id).ToList();
        await using var context = database.CreateContext();
        var people = await context.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Names, p.NameWithdrawals }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var matching = people
            .Where(p => Domain.Person.Standing(p.Names, p.NameWithdrawals).Any(n => n.GivenName is not null && n.FamilyName is not null
                && NameKeys.Given(n.GivenName) == given && NameKeys.Family(n.FamilyName) == family))
            .Select(p => p.Id)
            .ToHashSet();
        return [.. found.Where(p => matching.Contains(p.Id)).Select(p => p.DisplayName)];
    }

    /// <summary>The gazetteer places <paramref name="text"/> mentions, in any of their spellings.</summary>
    internal async Task<IReadOnlyList<PlaceMention>> FindPlacesAsync(string text, CancellationToken cancellationToken)
    {
        var finder = await PlacesAsync(cancellationToken).ConfigureAwait(false);
        return finder.Find(text);
    }

    private async Task<PlaceMentionFinder> PlacesAsync(CancellationToken cancellationToken)
    {
        if (_places is null)
        {
            await using var context = database.CreateContext();
            var places = await context.Places.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            _places = new PlaceMentionFinder(places.Select(p => new GazetteerEntry(p.Id, p.PrimaryName.Text, [.. p.Names.Select(n => n.Text)])));
        }

        return _places;
    }
}
