using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Sources;

/// <summary>Registers sources and corrects their details; every change is attributed to the current actor.</summary>
public sealed class SourceEditor(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    // The column sizes of the storage model, so that a long field is a message, not a database error.
    private const int TitleLength = 500;
    private const int NameLength = 200;
    private const int UrlLength = 2000;
    private const int NotesLength = 4000;

    /// <summary>Registers a new source.</summary>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    public async Task<SourceView> CreateAsync(SourceInput input, CancellationToken cancellationToken = default)
    {
        var details = Validate(input);
        var source = new Source(Guid.NewGuid(), details);
        await using var context = database.CreateContext(actor.Name);
        context.Sources.Add(source);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SourceView.From(source);
    }

    /// <summary>Replaces a source's details, provided nobody saved it since <paramref name="expectedVersion"/>.</summary>
    /// <returns>The saved source, or null when no source has <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The source has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<SourceView?> ReviseAsync(Guid id, int expectedVersion, SourceInput input, CancellationToken cancellationToken = default)
    {
        var details = Validate(input);
        await using var context = database.CreateContext(actor.Name);
        var source = await context.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            return null;
        }

        VersionCheck.Require("Source", id, source.Version, expectedVersion);
        source.Revise(details);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SourceView.From(source);
    }

    private SourceDetails Validate(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var kind = errors.Choice("kind", input.Kind, SourceKind.Other);
        var title = errors.Text("title", input.Title, TitleLength, "Enter a title, or a short description of untitled material.");
        var publisher = errors.Text("publisher", input.Publisher, NameLength);
        var author = errors.Text("author", input.Author, NameLength);
        var url = errors.Text("url", input.Url, UrlLength);
        if (url is not null
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add("url", "Enter an absolute http or https address, such as https://example.org/article.");
        }

        var today = FieldErrors.LatestToday(clock);
        var publishedOn = errors.Date("publishedOn", input.PublishedOn, today);
        if (input.RetrievedAt is { } retrieved && retrieved > clock.GetUtcNow().AddMinutes(5))
        {
            errors.Add("retrievedAt", "The copy cannot have been taken in the future.");
        }

        var reliability = errors.Choice("reliability", input.Reliability, Reliability.F);
        var notes = errors.Text("notes", input.Notes, NotesLength);
        errors.ThrowIfAny();
        return new SourceDetails(kind, title!, publisher, author, url, publishedOn, input.RetrievedAt, reliability, notes);
    }
}
