using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;
using S = Whereabouts.Application.Exports.SnapshotSchema;

namespace Whereabouts.Application.Exports;

/// <summary>
/// The work of one import, step by step: the snapshot's own structure, its references to the
/// registry, which records are new, and the domain objects for them. Problems are collected (up
/// to <see cref="MaxProblems"/>) rather than thrown one by one, so one run names them all.
/// </summary>
internal sealed class SnapshotImportPlan(RegistrySnapshot snapshot)
{
    private const int MaxProblems = 200;

    private static readonly SnapshotTable[] Roots = [S.Sources, S.Places, S.Incidents, S.People, S.PersonPairs, S.Claims, S.LegalCases, S.Exchanges, S.CaptivityEvents, S.PlaceControls, S.SourceFiles, S.VerificationSteps];

    private readonly List<SnapshotProblem> _problems = [];
    private readonly Dictionary<SnapshotTable, HashSet<Guid>> _inFile = [];
    private readonly Dictionary<SnapshotTable, HashSet<Guid>> _existing = [];
    private readonly Dictionary<SnapshotTable, Dictionary<Guid, List<SnapshotRow>>> _parts = [];
    private readonly List<object> _records = [];
    private readonly Dictionary<SnapshotTable, int> _added = [];
    private readonly HashSet<string> _partiesInFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> _partiesInRegistry = new(StringComparer.Ordinal);
    private readonly HashSet<string> _filesInFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> _filesInRegistry = new(StringComparer.Ordinal);

    public void CheckStructure()
    {
        foreach (var table in Roots)
        {
            _inFile[table] = UniqueIds(table, "id");
        }

        foreach (var row in snapshot.Rows(S.Parties))
        {
            var slug = row.RequiredText("slug");
            if (!Domain.Party.IsSlug(slug))
            {
                Add(row.Problem("slug", $"'{slug}' is not a party slug (lowercase Latin letters, digits and hyphens)"));
            }
            else if (!_partiesInFile.Add(Domain.Party.NormalizeSlug(slug)))
            {
                Add(row.Problem("slug", $"{slug} appears twice in {S.Parties.FileName}"));
            }
        }

        // A file is known by its hash: one row per hash.
        foreach (var row in snapshot.Rows(S.Files))
        {
            var hash = row.RequiredText("sha256");
            if (!EvidenceFile.IsHash(hash))
            {
                Add(row.Problem("sha256", $"'{hash}' is not a SHA-256 (64 hex digits)"));
            }
            else if (!_filesInFile.Add(EvidenceFile.Hash(hash)))
            {
                Add(row.Problem("sha256", $"{hash} appears twice in {S.Files.FileName}"));
            }
        }

        UniqueIds(S.Fates, "id");
        UniqueIds(S.Retractions, "id");
        UniqueIds(S.Proceedings, "id");

        Group(S.Names, "person_id", S.People, "position");
        Group(S.Fates, "person_id", S.People, null);
        Group(S.Retractions, "person_id", S.People, null);
        Group(S.NameWithdrawals, "person_id", S.People, null);
        Group(S.PairJudgements, "pair_id", S.PersonPairs, "position");
        Group(S.PlaceNames, "place_id", S.Places, "position");
        Group(S.IncidentPlaces, "incident_id", S.Incidents, "position");
        Group(S.IncidentParties, "incident_id", S.Incidents, "position");
        Group(S.LegalCasePeople, "legal_case_id", S.LegalCases, "position");
        Group(S.LegalCaseCounsel, "legal_case_id", S.LegalCases, "position");
        Group(S.LegalCaseCharges, "legal_case_id", S.LegalCases, "position");
        Group(S.LegalCaseSources, "legal_case_id", S.LegalCases, "position");
        Group(S.Proceedings, "legal_case_id", S.LegalCases, null);
        Group(S.ExchangeParties, "exchange_id", S.Exchanges, "position");
        Group(S.ExchangeMediators, "exchange_id", S.Exchanges, "position");
        Group(S.ExchangeSources, "exchange_id", S.Exchanges, "position");
        Group(S.ExchangeTransfers, "exchange_id", S.Exchanges, "position");

        RequireParts(S.People, S.Names, "a person needs at least one name form");
        RequireParts(S.Places, S.PlaceNames, "a place needs at least one name");
        RequireParts(S.LegalCases, S.LegalCasePeople, "a legal case must name at least one person");
        RequireParts(S.Exchanges, S.ExchangeSources, "an exchange needs at least one source");
        RequireParts(S.Exchanges, S.ExchangeTransfers, "an exchange needs at least one named person who went one way or the other");

        // One pair of two records, whichever way round the file names them (the domain orders them).
        var pairs = new Dictionary<(Guid, Guid), SnapshotRow>();
        foreach (var row in snapshot.Rows(S.PersonPairs))
        {
            var records = PersonPair.Order(row.Id("first_person_id"), row.Id("second_person_id"));
            if (!pairs.TryAdd(records, row))
            {
                Add(row.Problem("second_person_id", $"the same two records are paired twice in {S.PersonPairs.FileName} (first on line {pairs[records].Line})"));
            }
        }

        foreach (var retraction in snapshot.Rows(S.Retractions))
        {
            var person = retraction.Id("person_id");
            var assertion = retraction.Id("assertion_id");
            if (!Parts(S.Fates, person).Any(f => f.Id("id") == assertion))
            {
                Add(retraction.Problem("assertion_id", $"{assertion} is not a fate assertion of person {person} in {S.Fates.FileName}"));
            }
        }
    }

    public async Task CheckReferencesAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var references = new (SnapshotTable From, string Column, SnapshotTable To)[]
        {
            (S.People, "birth_place_id", S.Places),
            (S.Names, "source_id", S.Sources),
            (S.Fates, "source_id", S.Sources),
            (S.Fates, "incident_id", S.Incidents),
            (S.Fates, "place_id", S.Places),
            (S.Retractions, "source_id", S.Sources),
            (S.NameWithdrawals, "source_id", S.Sources),
            (S.Places, "parent_id", S.Places),
            (S.IncidentPlaces, "place_id", S.Places),
            (S.Claims, "source_id", S.Sources),
            (S.Claims, "incident_id", S.Incidents),
            (S.Claims, "place_id", S.Places),
            (S.PersonPairs, "first_person_id", S.People),
            (S.PersonPairs, "second_person_id", S.People),
            (S.LegalCasePeople, "person_id", S.People),
            (S.LegalCaseSources, "source_id", S.Sources),
            (S.Proceedings, "source_id", S.Sources),
            (S.Exchanges, "place_id", S.Places),
            (S.Exchanges, "incident_id", S.Incidents),
            (S.ExchangeSources, "source_id", S.Sources),
            (S.ExchangeTransfers, "person_id", S.People),
            (S.ExchangeTransfers, "source_id", S.Sources),
            (S.CaptivityEvents, "person_id", S.People),
            (S.CaptivityEvents, "source_id", S.Sources),
            (S.PlaceControls, "place_id", S.Places),
            (S.PlaceControls, "source_id", S.Sources),
            (S.VerificationSteps, "source_id", S.Sources),
            (S.SourceFiles, "source_id", S.Sources),
        };
        // Sides name parties by slug, in the file or in the registry.
        _partiesInRegistry.UnionWith(await context.Parties.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken).ConfigureAwait(false));
        var sides = new (SnapshotTable From, string Column)[] { (S.People, "side"), (S.Claims, "side"), (S.ExchangeTransfers, "received_by"), (S.ExchangeTransfers, "handed_over_by"), (S.LegalCases, "detaining_party"), (S.CaptivityEvents, "detaining_party"), (S.PlaceControls, "party") };
        foreach (var (from, column) in sides)
        {
            foreach (var row in snapshot.Rows(from))
            {
                var text = row.Text(column);
                if (text is null || string.Equals(text, "unknown", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!Domain.Party.IsSlug(text))
                {
                    Add(row.Problem(column, $"'{text}' is not a party slug"));
                }
                else if (Domain.Party.NormalizeSlug(text) is var slug && !_partiesInFile.Contains(slug) && !_partiesInRegistry.Contains(slug))
                {
                    Add(row.Problem(column, $"{slug} is neither in {S.Parties.FileName} nor a party of the registry"));
                }
            }
        }

        // An attachment names a file of the snapshot or of the registry.
        var hashes = snapshot.Rows(S.Files).Select(r => r.RequiredText("sha256")).Where(EvidenceFile.IsHash).Select(EvidenceFile.Hash)
            .Concat(snapshot.Rows(S.SourceFiles).Select(r => r.RequiredText("sha256")).Where(EvidenceFile.IsHash).Select(EvidenceFile.Hash))
            .Distinct(StringComparer.Ordinal).ToList();
        if (hashes.Count > 0)
        {
            _filesInRegistry.UnionWith(await context.EvidenceFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).Select(f => f.Sha256).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        foreach (var row in snapshot.Rows(S.SourceFiles))
        {
            var hash = row.RequiredText("sha256");
            if (!EvidenceFile.IsHash(hash) || (!_filesInFile.Contains(EvidenceFile.Hash(hash)) && !_filesInRegistry.Contains(EvidenceFile.Hash(hash))))
            {
                Add(row.Problem("sha256", $"{hash} is neither in {S.Files.FileName} nor a file of the registry"));
            }
        }

        await CheckVerifiedFilesAsync(context, cancellationToken).ConfigureAwait(false);
        var cited = references
            .SelectMany(r => snapshot.Rows(r.From).Select(row => (Row: row, r.Column, r.To, Id: row.OptionalId(r.Column))))
            .Where(r => r.Id is { } id && !_inFile[r.To].Contains(id))
            .ToList();
        foreach (var group in cited.GroupBy(r => r.To))
        {
            var wanted = group.Select(r => r.Id!.Value).Distinct().ToList();
            var found = (await IdsInRegistryAsync(context, group.Key, wanted, cancellationToken).ConfigureAwait(false)).ToHashSet();
            foreach (var (row, column, to, id) in group.Where(r => !found.Contains(r.Id!.Value)))
            {
                Add(row.Problem(column, $"{id} is neither in {to.FileName} nor in the registry"));
            }
        }
    }

    public async Task FindExistingAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        foreach (var table in Roots)
        {
            _existing[table] = (await IdsInRegistryAsync(context, table, [.. _inFile[table]], cancellationToken).ConfigureAwait(false)).ToHashSet();
        }

        // The parts of a new record are new too; an id the registry already uses for another
        // record's part would fail the save, so say which row it is.
        await RefuseTakenAsync(context.FateAssertions.Select(a => a.Id), S.Fates, "person_id", S.People, cancellationToken).ConfigureAwait(false);
        await RefuseTakenAsync(context.Set<FateRetraction>().Select(r => r.Id), S.Retractions, "person_id", S.People, cancellationToken).ConfigureAwait(false);
        await RefusePairedAsync(context, cancellationToken).ConfigureAwait(false);
        await RefuseTakenAsync(context.Set<Proceeding>().Select(p => p.Id), S.Proceedings, "legal_case_id", S.LegalCases, cancellationToken).ConfigureAwait(false);
    }

    public void Build()
    {
        if (_problems.Count > 0)
        {
            return;
        }

        foreach (var row in snapshot.Rows(S.Parties).Where(r => !_partiesInRegistry.Contains(Domain.Party.NormalizeSlug(r.RequiredText("slug")))))
        {
            try
            {
                _records.Add(SnapshotRecords.Party(row));
            }
            catch (DomainRuleException e)
            {
                Add(row.Problem(null, e.Message));
            }
        }

        var knownParties = _partiesInFile.Union(_partiesInRegistry).Order(StringComparer.Ordinal).ToList();
        BuildEach(S.Sources, SnapshotRecords.Source);
        BuildEach(S.Places, row => SnapshotRecords.Place(row, Parts(S.PlaceNames, row.Id("id"))));
        BuildEach(S.Incidents, row => SnapshotRecords.Incident(row, Parts(S.IncidentPlaces, row.Id("id")), Parts(S.IncidentParties, row.Id("id"))));
        BuildEach(S.People, row => SnapshotRecords.Person(
            row, Parts(S.Names, row.Id("id")), Parts(S.Fates, row.Id("id")), Parts(S.Retractions, row.Id("id")), Parts(S.NameWithdrawals, row.Id("id"))));
        BuildEach(S.PersonPairs, row => SnapshotRecords.PersonPair(row, Parts(S.PairJudgements, row.Id("id"))));
        BuildEach(S.Claims, SnapshotRecords.Claim);
        BuildEach(S.LegalCases, row =>
        {
            var id = row.Id("id");
            return SnapshotRecords.LegalCase(
                row, Parts(S.LegalCasePeople, id), Parts(S.LegalCaseCounsel, id), Parts(S.LegalCaseCharges, id), Parts(S.LegalCaseSources, id), Parts(S.Proceedings, id));
        });
        BuildEach(S.Exchanges, row =>
        {
            var id = row.Id("id");
            return SnapshotRecords.Exchange(
                row, Parts(S.ExchangeParties, id), Parts(S.ExchangeMediators, id), Parts(S.ExchangeSources, id), Parts(S.ExchangeTransfers, id), knownParties);
        });
        BuildEach(S.CaptivityEvents, SnapshotRecords.CaptivityEvent);

        // The same bytes are the same file: a file the registry already has is not added again.
        foreach (var row in snapshot.Rows(S.Files).Where(r => !_filesInRegistry.Contains(EvidenceFile.Hash(r.RequiredText("sha256")))))
        {
            try
            {
                _records.Add(SnapshotRecords.EvidenceFile(row));
            }
            catch (SnapshotInputException e)
            {
                Add([.. e.Problems]);
            }
        }

        BuildEach(S.SourceFiles, SnapshotRecords.SourceFile);
        BuildEach(S.PlaceControls, SnapshotRecords.PlaceControl);
        BuildEach(S.VerificationSteps, SnapshotRecords.VerificationStep);
    }

    public void ThrowIfProblems()
    {
        if (_problems.Count > 0)
        {
            throw new SnapshotInputException(_problems);
        }
    }

    public void AddTo(WhereaboutsDbContext context) => context.AddRange(_records);

    public SnapshotImportResult Result() => new(
        [.. Roots.Select(t => new SnapshotTableCount(t.Name, _added.GetValueOrDefault(t), [.. _existing[t].Order()]))]);

    private void BuildEach(SnapshotTable table, Func<SnapshotRow, object> build)
    {
        foreach (var row in snapshot.Rows(table).Where(r => !_existing[table].Contains(r.Id("id"))))
        {
            try
            {
                _records.Add(build(row));
                _added[table] = _added.GetValueOrDefault(table) + 1;
            }
            catch (SnapshotInputException e)
            {
                Add([.. e.Problems]);
            }
            catch (DomainRuleException e)
            {
                Add(row.Problem(null, e.Message));
            }
        }
    }

    private HashSet<Guid> UniqueIds(SnapshotTable table, string column)
    {
        var first = new Dictionary<Guid, SnapshotRow>();
        foreach (var row in snapshot.Rows(table))
        {
            var id = row.Id(column);
            if (!first.TryAdd(id, row))
            {
                Add(row.Problem(column, $"{id} appears twice in {table.FileName} (first on line {first[id].Line})"));
            }
        }

        return [.. first.Keys];
    }

    private void Group(SnapshotTable table, string ownerColumn, SnapshotTable owner, string? position)
    {
        var groups = new Dictionary<Guid, List<SnapshotRow>>();
        foreach (var row in snapshot.Rows(table))
        {
            var id = row.Id(ownerColumn);
            if (!_inFile[owner].Contains(id))
            {
                Add(row.Problem(ownerColumn, $"{id} is not in {owner.FileName}"));
                continue;
            }

            if (!groups.TryGetValue(id, out var rows))
            {
                rows = [];
                groups[id] = rows;
            }

            rows.Add(row);
        }

        if (position is not null)
        {
            foreach (var (id, rows) in groups)
            {
                rows.Sort((a, b) => a.Integer(position).CompareTo(b.Integer(position)));
                for (var i = 1; i < rows.Count; i++)
                {
                    if (rows[i].Integer(position) == rows[i - 1].Integer(position))
                    {
                        Add(rows[i].Problem(position, $"two rows of {id} have the same position"));
                    }
                }
            }
        }

        _parts[table] = groups;
    }

    private void RequireParts(SnapshotTable owner, SnapshotTable parts, string message)
    {
        foreach (var row in snapshot.Rows(owner).Where(r => Parts(parts, r.Id("id")).Count == 0))
        {
            Add(row.Problem(null, $"{message} in {parts.FileName}"));
        }
    }

    private List<SnapshotRow> Parts(SnapshotTable table, Guid owner) =>
        _parts.TryGetValue(table, out var groups) && groups.TryGetValue(owner, out var rows) ? rows : [];

    private async Task RefuseTakenAsync(IQueryable<Guid> taken, SnapshotTable table, string ownerColumn, SnapshotTable owner, CancellationToken cancellationToken)
    {
        var rows = snapshot.Rows(table).Where(r => !_existing[owner].Contains(r.Id(ownerColumn))).ToList();
        var ids = rows.Select(r => r.Id("id")).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var used = (await taken.Where(id => ids.Contains(id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        foreach (var row in rows.Where(r => used.Contains(r.Id("id"))))
        {
            Add(row.Problem("id", $"the registry already uses {row.Id("id")} for a record of another {owner.Name} owner"));
        }
    }

    // The registry keeps one pair of two records (a unique index); a new pair of two records it
    // already pairs under another id would fail the save, so say which row it is.
    private async Task RefusePairedAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var rows = snapshot.Rows(S.PersonPairs).Where(r => !_existing[S.PersonPairs].Contains(r.Id("id"))).ToList();
        var firsts = rows.Select(r => PersonPair.Order(r.Id("first_person_id"), r.Id("second_person_id")).First).Distinct().ToList();
        if (firsts.Count == 0)
        {
            return;
        }

        var held = (await context.PersonPairs.AsNoTracking()
            .Where(p => firsts.Contains(p.FirstPersonId))
            .Select(p => new { p.Id, p.FirstPersonId, p.SecondPersonId })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => (p.FirstPersonId, p.SecondPersonId), p => p.Id);
        foreach (var row in rows)
        {
            if (held.TryGetValue(PersonPair.Order(row.Id("first_person_id"), row.Id("second_person_id")), out var other))
            {
                Add(row.Problem("id", $"the registry already pairs these two records as {other}"));
            }
        }
    }

    private static async Task<List<Guid>> IdsInRegistryAsync(WhereaboutsDbContext context, SnapshotTable table, List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        IQueryable<Guid> all = table.Name switch
        {
            "sources" => context.Sources.Select(s => s.Id),
            "places" => context.Places.Select(p => p.Id),
            "incidents" => context.Incidents.Select(i => i.Id),
            "people" => context.People.IgnoreAutoIncludes().Select(p => p.Id),
            "person-pairs" => context.PersonPairs.Select(p => p.Id),
            "claims" => context.CountClaims.Select(c => c.Id),
            "legal-cases" => context.LegalCases.IgnoreAutoIncludes().Select(c => c.Id),
            "exchanges" => context.Exchanges.Select(e => e.Id),
            "captivity-events" => context.CaptivityEvents.Select(e => e.Id),
            "place-controls" => context.PlaceControls.Select(c => c.Id),
            "verification-steps" => context.VerificationSteps.Select(s => s.Id),
            "source-files" => context.SourceFiles.Select(f => f.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table.Name, "Not a table of records with their own id."),
        };
        return await all.Where(id => ids.Contains(id)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    // A step about a file names it by its hash. A snapshot carries files as references, not bytes,
    // so the file must already be held (or come with the snapshot's files): a step about a file the
    // registry would not hold is refused, naming the step and the hash, rather than left dangling.
    private async Task CheckVerifiedFilesAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var rows = snapshot.Rows(S.VerificationSteps).Where(r => r.Text("file_sha256") is not null).ToList();
        var hashes = rows.Select(r => r.RequiredText("file_sha256")).Where(EvidenceFile.IsHash).Select(h => EvidenceFile.Hash(h)).Distinct(StringComparer.Ordinal).ToList();
        var held = hashes.Count == 0
            ? []
            : (await context.EvidenceFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).Select(f => f.Sha256).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var hash = row.RequiredText("file_sha256");
            if (!EvidenceFile.IsHash(hash))
            {
                Add(row.Problem("file_sha256", $"'{hash}' is not a SHA-256: expected 64 hex digits"));
            }
            else if (!held.Contains(EvidenceFile.Hash(hash)) && !_filesInFile.Contains(EvidenceFile.Hash(hash)))
            {
                Add(row.Problem("file_sha256", $"the file {hash.ToLowerInvariant()} is neither in the snapshot nor in the registry; import or upload the file before its verification"));
            }
        }
    }

    private void Add(params SnapshotProblem[] problems)
    {
        foreach (var problem in problems)
        {
            if (_problems.Count < MaxProblems)
            {
                _problems.Add(problem);
            }
        }
    }
}
