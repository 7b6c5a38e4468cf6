using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Search;

/// <summary>
/// The search's reads of the index (docs/adr/0021): the key vocabulary, the first rows of ordered
/// key ranges, counts, samples and the index entries of a page, each one SQL statement of a fixed
/// shape with parameters, run on the context's connection without EF's query pipeline.
/// </summary>
/// <remarks>
/// <para>A search is a handful of small indexed reads; at a million people the app spent more CPU
/// building, looking up and materialising LINQ queries of varying shape (a union of as many ranges
/// as a word has keys) than the database spent answering them. Here the text is built by
/// concatenation and the rows read by position.</para>
/// <para>The SQL is the same on SQLite and PostgreSQL (quoted names, <c>LIMIT</c>, <c>UNION ALL</c>
/// of aliased subqueries) but for lists of values: one parameter each on SQLite, one array on
/// PostgreSQL (<c>= ANY</c>), which parses and plans a word's thousand near-spelling keys as
/// cheaply as one. Parameters are made by EF's own type mappings of the columns they are
/// compared with, so a value is compared as EF stores it (an id as upper-case text on SQLite, a
/// uuid on PostgreSQL; a fate as its number).</para>
/// </remarks>
public sealed class PersonSearchSql
{
    // Keys per statement in a look-up of many keys (a word's near spellings): far below both providers' limits.
    private const int KeysPerStatement = 1_000;

    // Looking a row's identity up costs about this many rows read in index order (PostgreSQL).
    private const int ProbeCostRatio = 10;

    // A stream is assumed to find a page of identities with the other words within this many times
    // the page's rows (PostgreSQL's choice of look-ups; see LooksUp).
    private const int DenseEnough = 20;

    private readonly WhereaboutsDbContext _context;
    private readonly RelationalTypeMapping _key;
    private readonly RelationalTypeMapping _id;
    private readonly RelationalTypeMapping _fate;
    private readonly RelationalTypeMapping _side;
    private readonly RelationalTypeMapping _contested;
    private readonly RelationalTypeMapping _incident;
    private readonly RelationalTypeMapping _limit;

    /// <summary>Reads through <paramref name="context"/>'s connection.</summary>
    public PersonSearchSql(WhereaboutsDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var model = context.Model;
        var keys = model.FindEntityType(typeof(PersonNameKey))!;
        var index = model.FindEntityType(typeof(PersonIndexEntry))!;
        _key = keys.FindProperty(nameof(PersonNameKey.Key))!.GetRelationalTypeMapping();
        _id = keys.FindProperty(nameof(PersonNameKey.IdentityId))!.GetRelationalTypeMapping();
        _fate = index.FindProperty(nameof(PersonIndexEntry.Fate))!.GetRelationalTypeMapping();
        _side = index.FindProperty(nameof(PersonIndexEntry.Side))!.GetRelationalTypeMapping();
        _contested = index.FindProperty(nameof(PersonIndexEntry.IsContested))!.GetRelationalTypeMapping();
        _incident = model.FindEntityType(typeof(FateAssertion))!.FindProperty(nameof(FateAssertion.IncidentId))!.GetRelationalTypeMapping();
        _limit = model.FindEntityType(typeof(PersonNameKeyCount))!.FindProperty(nameof(PersonNameKeyCount.Rows))!.GetRelationalTypeMapping();
    }

    /// <summary>
    /// How many key rows carry each key of <paramref name="keys"/> and each key inside
    /// <paramref name="ranges"/>, for the keys that some row carries.
    /// </summary>
    public async Task<Dictionary<string, int>> VocabularyAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<KeyRange> ranges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(ranges);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var chunks = keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement).ToList();
        if (chunks.Count == 0)
        {
            chunks.Add([]);
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            IReadOnlyList<KeyRange> ranged = i == 0 ? [.. ranges] : [];
            var condition = new KeyCondition(chunks[i], ranged);
            if (condition.Keys.Count == 0 && condition.Ranges.Count == 0)
            {
                continue;
            }

            var sql = new Statement(this);
            sql.Append("SELECT c.\"Key\", c.\"Rows\" FROM \"PersonNameKeyCounts\" AS c WHERE c.\"Rows\" > 0 AND ");
            sql.Condition("c", condition);
            await sql.ReadAsync(
                reader => found[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    /// <summary>
    /// How many identities have each pair of <paramref name="pairs"/> (<see cref="PersonNamePair.Of"/>),
    /// for the pairs some identity has: counted in the pairs' index, which holds a pair's rows together.
    /// </summary>
    public async Task<Dictionary<string, int>> PairCountsAsync(IReadOnlyCollection<string> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in pairs.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
        {
            var sql = new Statement(this);
            sql.Append("SELECT p.\"Key\", COUNT(*) FROM \"PersonNamePairs\" AS p WHERE ");
            sql.Condition("p", new KeyCondition(chunk, []));
            sql.Append(" GROUP BY p.\"Key\"");
            await sql.ReadAsync(
                reader => found[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    /// <summary>
    /// The first <paramref name="limit"/> rows of each of <paramref name="streams"/> (one ordered
    /// index range each) in name order, whose identity also has a key of each of
    /// <paramref name="checks"/> and passes <paramref name="filter"/>; merged in name order. On
    /// PostgreSQL, when there are checks and the counts (<see cref="KeyCondition.Rows"/>) do not
    /// say that testing row by row pays, the streams are read as one (stream 0): the first
    /// <paramref name="limit"/> rows of them all. Either way a stream that filled its limit may
    /// hide rows past its last.
    /// </summary>
    public async Task<IReadOnlyList<KeyRowFound>> FirstRowsAsync(
        IReadOnlyList<KeyCondition> streams, IReadOnlyList<KeyCondition> checks, IndexFilter? filter, int limit, KeySource source = KeySource.Keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(checks);
        var rows = new List<KeyRowFound>();
        if (streams.Count == 0)
        {
            return rows;
        }

        var lookUp = false;
        if (checks.Count > 0 && _context is PostgresWhereaboutsDbContext)
        {
            // PostgreSQL tests the other words by a hash of all their rows, built once per stream,
            // or, with the tests written as look-ups, row by row in each stream's name order until
            // its LIMIT. Look-ups win when a page is found early among the streams' rows; else the
            // streams are read as one, the hash built once and what passes sorted.
            lookUp = LooksUp(streams, checks, limit);
            if (!lookUp && streams.Count > 1)
            {
                streams = [new KeyCondition([.. streams.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal)], [.. streams.SelectMany(c => c.Ranges).Distinct()])];
            }
        }

        var sql = new Statement(this);
        var take = sql.Parameter(_limit, limit);
        for (var i = 0; i < streams.Count; i++)
        {
            sql.Append(i == 0 ? "SELECT * FROM (" : " UNION ALL SELECT * FROM (");
            sql.Append("SELECT ").Append(i).Append(" AS \"Stream\", k.\"SortName\", k.\"IdentityId\" FROM ").Append(TableOf(source)).Append(" AS k WHERE ");
            sql.Condition("k", streams[i]);
            sql.Checks("k", checks, filter, lookUp: lookUp);
            sql.Append(" ORDER BY k.\"SortName\", k.\"IdentityId\" LIMIT ").Append(take).Append(") AS s").Append(i);
        }

        sql.Append(" ORDER BY \"SortName\", \"IdentityId\"");
        await sql.ReadAsync(
            reader => rows.Add(new KeyRowFound(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetFieldValue<Guid>(2))),
            cancellationToken).ConfigureAwait(false);
        return rows;
    }

    // Whether testing the other words row by row in each stream's name order costs less than a hash
    // of each other word's rows: a look-up costs about ProbeCostRatio rows read in order, and a
    // stream is assumed to yield its page within DenseEnough times the limit of its rows (one row in
    // twenty carrying the other words, as a common given name and a common family name do); a
    // hash reads every row of the other word and every row of the streams. Unknown counts: a hash.
    private static bool LooksUp(IReadOnlyList<KeyCondition> streams, IReadOnlyList<KeyCondition> checks, int limit)
    {
        if (streams.Any(s => s.Rows is null) || checks.Any(c => c.Rows is null))
        {
            return false;
        }

        var all = streams.Sum(s => s.Rows!.Value);
        var tested = streams.Sum(s => Math.Min(s.Rows!.Value, (long)DenseEnough * limit));
        return checks.All(c => tested * ProbeCostRatio < c.Rows!.Value + all);
    }

    /// <summary>How many identities have a key of <paramref name="driver"/> and of each of <paramref name="checks"/>, and pass <paramref name="filter"/>.</summary>
    public async Task<int> CountAsync(KeyCondition driver, IReadOnlyList<KeyCondition> checks, IndexFilter? filter, KeySource source = KeySource.Keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(checks);
        var sql = new Statement(this);
        sql.Append("SELECT COUNT(*) FROM (SELECT DISTINCT k.\"IdentityId\" FROM ").Append(TableOf(source)).Append(" AS k WHERE ");
        sql.Condition("k", driver);
        sql.Checks("k", checks, filter, driver.Rows);
        sql.Append(") AS d");
        var count = 0;
        await sql.ReadAsync(reader => count = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// For each of <paramref name="streams"/> (a condition and how many of its rows to take), the
    /// first rows in the order of their records' ids (random ids, so a random sample), and how many of
    /// those pass <paramref name="checks"/> and <paramref name="filter"/>: per stream, (taken, passed).
    /// </summary>
    public async Task<IReadOnlyList<(int Taken, int Passed)>> SampleAsync(
        IReadOnlyList<(KeyCondition Stream, int Take)> streams, IReadOnlyList<KeyCondition> checks, IndexFilter? filter, KeySource source = KeySource.Keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(checks);
        var found = new (int Taken, int Passed)[streams.Count];
        if (streams.Count == 0)
        {
            return found;
        }

        var sql = new Statement(this);
        for (var i = 0; i < streams.Count; i++)
        {
            sql.Append(i == 0 ? string.Empty : " UNION ALL ");
            sql.Append("SELECT ").Append(i).Append(" AS \"Stream\", COUNT(*), COALESCE(SUM(CASE WHEN 1 = 1");
            sql.Checks("k", checks, filter, streams[i].Take);
            sql.Append(" THEN 1 ELSE 0 END), 0) FROM (SELECT r.\"IdentityId\" FROM ").Append(TableOf(source)).Append(" AS r WHERE ");
            sql.Condition("r", streams[i].Stream);
            sql.Append(source == KeySource.Pairs ? " ORDER BY r.\"IdentityId\" LIMIT " : " ORDER BY r.\"PersonId\" LIMIT ").Append(sql.Parameter(_limit, streams[i].Take)).Append(") AS k");
        }

        await sql.ReadAsync(
            reader => found[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] =
                (Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)),
            cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>The index entries of the people <paramref name="ids"/> (those that have one), by id.</summary>
    public async Task<Dictionary<Guid, PersonIndexEntry>> EntriesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var entries = new Dictionary<Guid, PersonIndexEntry>(ids.Count);
        foreach (var chunk in ids.Distinct().Chunk(KeysPerStatement))
        {
            var sql = new Statement(this);
            sql.Append("SELECT e.\"PersonId\", e.\"IdentityId\", e.\"DisplayName\", e.\"SortName\", e.\"Side\", e.\"Fate\", e.\"IsContested\", e.\"BirthYear\", e.\"IsInvented\" FROM \"PersonIndex\" AS e WHERE e.\"PersonId\"");
            sql.In(_id, chunk);
            await sql.ReadAsync(
                reader =>
                {
                    var entry = new PersonIndexEntry
                    {
                        PersonId = reader.GetFieldValue<Guid>(0),
                        IdentityId = reader.GetFieldValue<Guid>(1),
                        DisplayName = reader.GetString(2),
                        SortName = reader.GetString(3),
                        Side = reader.IsDBNull(4) ? null : reader.GetString(4),
                        Fate = reader.IsDBNull(5) ? null : (FateStatus)Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                        IsContested = reader.GetBoolean(6),
                        BirthYear = reader.IsDBNull(7) ? null : Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
                        IsInvented = reader.GetBoolean(8),
                    };
                    entries[entry.PersonId] = entry;
                },
                cancellationToken).ConfigureAwait(false);
        }

        return entries;
    }

    /// <summary>Every name key of the records of the identities <paramref name="identities"/>, with the identity.</summary>
    public async Task<IReadOnlyList<(Guid IdentityId, string Key)>> KeysOfAsync(IReadOnlyCollection<Guid> identities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var keys = new List<(Guid, string)>();
        foreach (var chunk in identities.Distinct().Chunk(KeysPerStatement))
        {
            var sql = new Statement(this);
            sql.Append("SELECT k.\"IdentityId\", k.\"Key\" FROM \"PersonNameKeys\" AS k WHERE k.\"IdentityId\"");
            sql.In(_id, chunk);
            await sql.ReadAsync(reader => keys.Add((reader.GetFieldValue<Guid>(0), reader.GetString(1))), cancellationToken).ConfigureAwait(false);
        }

        return keys;
    }

    private static string TableOf(KeySource source) => source == KeySource.Pairs ? "\"PersonNamePairs\"" : "\"PersonNameKeys\"";

    // One statement: its text and its parameters, made as it is written.
    private sealed class Statement(PersonSearchSql owner)
    {
        private readonly StringBuilder _text = new(512);
        // A parameter without a mapping is an array, which Npgsql types by its elements.
        private readonly List<(RelationalTypeMapping? Mapping, string Name, object? Value)> _parameters = [];

        public Statement Append(string text)
        {
            _text.Append(text);
            return this;
        }

        public Statement Append(int number)
        {
            _text.Append(number.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public string Parameter(RelationalTypeMapping mapping, object? value)
        {
            var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
            _parameters.Add((mapping, name, value));
            return name;
        }

        // " IN (…)" after a column: PostgreSQL takes the list as one array parameter (= ANY), which
        // it parses and plans alike whatever its length; SQLite as one parameter per value.
        public void In<T>(RelationalTypeMapping mapping, IEnumerable<T> values)
        {
            if (owner._context is PostgresWhereaboutsDbContext)
            {
                var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
                _parameters.Add((null, name, values.ToArray()));
                _text.Append(" = ANY (").Append(name).Append(')');
                return;
            }

            _text.Append(" IN (");
            var first = true;
            foreach (var value in values)
            {
                _text.Append(first ? string.Empty : ", ").Append(Parameter(mapping, value));
                first = false;
            }

            _text.Append(')');
        }

        // The word's keys on the rows of alias: one equality, a list, ranges, or all of them or'ed.
        // asFilter: the rows are found by another column (an identity's few key rows), and the keys
        // only test them; on SQLite the column is then written +"Key", which keeps the planner from
        // seeking the (identity, key) index once per key of a long list for every row tested.
        public void Condition(string alias, KeyCondition condition, bool asFilter = false)
        {
            var column = (asFilter && owner._context is not PostgresWhereaboutsDbContext ? "+" : string.Empty) + alias + ".\"Key\"";
            var parts = 0;
            _text.Append('(');
            if (condition.Keys.Count == 1)
            {
                _text.Append(column).Append(" = ").Append(Parameter(owner._key, condition.Keys[0]));
                parts++;
            }
            else if (condition.Keys.Count > 1)
            {
                _text.Append(column);
                In(owner._key, condition.Keys);
                parts++;
            }

            foreach (var range in condition.Ranges)
            {
                _text.Append(parts++ == 0 ? "(" : " OR (")
                    .Append(column).Append(" >= ").Append(Parameter(owner._key, range.From))
                    .Append(" AND ").Append(column).Append(" < ").Append(Parameter(owner._key, range.Before)).Append(')');
            }

            _text.Append(parts == 0 ? "1 = 0)" : ")");
        }

        // The other words, looked up by identity and key; the filters, on the identity's own entry.
        // tested: how many rows of alias are tested, when known, for choosing per word (PostgreSQL);
        // lookUp: every other word as a look-up per row, chosen by the caller (PostgreSQL).
        public void Checks(string alias, IReadOnlyList<KeyCondition> checks, IndexFilter? filter, long? tested = null, bool lookUp = false)
        {
            foreach (var check in checks)
            {
                if (lookUp || ProbesEachRow(tested, check))
                {
                    // A sub-select PostgreSQL cannot turn into a join: it looks up each tested row's
                    // identity, in the tested rows' order, and stops with the statement's LIMIT.
                    _text.Append(" AND (SELECT 1 FROM \"PersonNameKeys\" AS o WHERE o.\"IdentityId\" = ").Append(alias).Append(".\"IdentityId\" AND ");
                    Condition("o", check, asFilter: true);
                    _text.Append(" LIMIT 1) IS NOT NULL");
                    continue;
                }

                _text.Append(" AND EXISTS (SELECT 1 FROM \"PersonNameKeys\" AS o WHERE o.\"IdentityId\" = ").Append(alias).Append(".\"IdentityId\" AND ");
                Condition("o", check, asFilter: true);
                _text.Append(')');
            }

            if (filter is null || filter.IsEmpty)
            {
                return;
            }

            _text.Append(" AND EXISTS (SELECT 1 FROM \"PersonIndex\" AS e WHERE e.\"PersonId\" = ").Append(alias).Append(".\"IdentityId\" AND e.\"IdentityId\" = e.\"PersonId\"");
            if (filter.Fate is { } fate)
            {
                _text.Append(" AND e.\"Fate\" = ").Append(Parameter(owner._fate, fate));
            }

            if (filter.NoSide)
            {
                _text.Append(" AND e.\"Side\" IS NULL");
            }
            else if (filter.Side is { } side)
            {
                _text.Append(" AND e.\"Side\" = ").Append(Parameter(owner._side, side));
            }

            if (filter.Contested is { } contested)
            {
                _text.Append(" AND e.\"IsContested\" = ").Append(Parameter(owner._contested, contested));
            }

            if (filter.IncidentId is { } incident)
            {
                _text.Append(" AND e.\"PersonId\" IN (SELECT i.\"IdentityId\" FROM \"FateAssertions\" AS a INNER JOIN \"PersonIndex\" AS i ON i.\"PersonId\" = a.\"PersonId\" WHERE a.\"IncidentId\" = ")
                    .Append(Parameter(owner._incident, incident)).Append(')');
            }

            _text.Append(')');
        }

        // On PostgreSQL, EXISTS lets the planner join the other word's rows, by a hash of them all
        // or by a loop it may run from the wrong side; with few rows to test against many, looking
        // each tested row up (about ten times the cost of reading a row in order) is cheaper, and
        // the key vocabulary's counts say when. SQLite looks each row up either way.
        private bool ProbesEachRow(long? tested, KeyCondition check) =>
            owner._context is PostgresWhereaboutsDbContext && tested is { } rows && check.Rows is { } other && rows * ProbeCostRatio < other;

        public async Task ReadAsync(Action<DbDataReader> row, CancellationToken cancellationToken)
        {
            var database = owner._context.Database;
            await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using var command = database.GetDbConnection().CreateCommand();
                command.CommandText = _text.ToString();
                command.Transaction = database.CurrentTransaction?.GetDbTransaction();
                foreach (var (mapping, name, value) in _parameters)
                {
                    if (mapping is null)
                    {
                        var array = command.CreateParameter();
                        array.ParameterName = name;
                        array.Value = value;
                        command.Parameters.Add(array);
                    }
                    else
                    {
                        command.Parameters.Add(mapping.CreateParameter(command, name, value, nullable: value is null));
                    }
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    row(reader);
                }
            }
            finally
            {
                await database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }
}
