using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Legal;

/// <summary>Turns loaded cases into views, naming their people and documents with one query each.</summary>
internal static class LegalViews
{
    public static async Task<List<LegalCaseView>> ReadAsync(
        WhereaboutsDbContext context, IReadOnlyList<LegalCase> cases, CancellationToken cancellationToken)
    {
        var personIds = cases.SelectMany(c => c.PersonIds).Distinct().ToList();
        var sourceIds = cases.SelectMany(c => c.SourceIds)
            .Concat(cases.SelectMany(c => c.Proceedings).Where(p => p.SourceId is not null).Select(p => p.SourceId!.Value))
            .Distinct().ToList();
        var people = personIds.Count == 0
            ? []
            : await context.PersonIndex.AsNoTracking()
                .Where(e => personIds.Contains(e.PersonId))
                .Select(e => new PersonLink(e.PersonId, e.DisplayName, e.IsInvented))
                .ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var documents = await DocumentsAsync(context, sourceIds, cancellationToken).ConfigureAwait(false);

        // People and sources are never deleted; the fallbacks only keep a page readable if one is missing.
        PersonLink Person(Guid id) => people.GetValueOrDefault(id) ?? new PersonLink(id, id.ToString(), false);
        DocumentLink Document(Guid id) => documents.GetValueOrDefault(id) ?? new DocumentLink(id, id.ToString());

        return [.. cases.Select(c => new LegalCaseView(
            c.Id,
            c.Title,
            c.ForumKind,
            c.ForumName,
            c.Number,
            c.Kind,
            c.LodgedOn,
            [.. c.PersonIds.Select(Person)],
            [.. c.Counsel],
            [.. c.Charges],
            c.Sentence,
            c.Status,
            [.. c.SourceIds.Select(Document)],
            c.Notes,
            [.. c.Proceedings
                .OrderBy(p => p.On.StatedStart).ThenBy(p => p.On.Latest).ThenBy(p => p.RecordedAt).ThenBy(p => p.Id)
                .Select(p => new ProceedingView(p.Id, p.On, p.Kind, p.Description, p.SourceId is { } s ? Document(s) : null, p.RecordedBy, p.RecordedAt))],
            c.Version,
            c.DetainingParty))];
    }

    public static async Task<Dictionary<Guid, DocumentLink>> DocumentsAsync(
        WhereaboutsDbContext context, IReadOnlyList<Guid> sourceIds, CancellationToken cancellationToken) =>
        sourceIds.Count == 0
            ? []
            : await context.Sources.AsNoTracking()
                .Where(s => sourceIds.Contains(s.Id))
                .Select(s => new DocumentLink(s.Id, s.Title))
                .ToDictionaryAsync(d => d.Id, cancellationToken).ConfigureAwait(false);

    /// <summary>The sorting key lists use: latest lodged first.</summary>
    public static IOrderedEnumerable<LegalCase> Ordered(IEnumerable<LegalCase> cases) =>
        cases.OrderByDescending(c => c.LodgedOn.StatedStart).ThenBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Id);
}
