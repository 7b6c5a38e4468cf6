using System.CommandLine;
using System.Data.Common;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Cli;

/// <summary>What every verb shares: the writers, the global <c>--db</c> option, and how failures are reported.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Who the CLI's changes are attributed to in the audit log: <c>cli:</c> and the operating-system user.</summary>
    public static string ActorName => "cli:" + Environment.UserName;

    public Option<string?> DatabaseOption { get; } = new("--db")
    {
        Description = "The registry database: a SQLite file path, or a PostgreSQL connection string or postgresql:// URL. "
            + $"Default: ${DatabaseLocation.EnvironmentVariable}, else {DatabaseLocation.DefaultSqlitePath}.",
        Recursive = true,
        HelpName = "FILE|CONNECTION",
    };

    /// <summary>Opens and migrates the database named by <c>--db</c>, runs <paramref name="work"/>, and turns known failures into messages.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<WhereaboutsDatabase, Task<int>> work)
    {
        DatabaseLocation location;
        try
        {
            location = DatabaseLocation.Resolve(parse.GetValue(DatabaseOption));
        }
        catch (ArgumentException e)
        {
            return await FailAsync($"--db: {e.Message}").ConfigureAwait(false);
        }

        try
        {
            var database = new WhereaboutsDatabase(location);
            await database.MigrateAsync().ConfigureAwait(false);
            return await work(database).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            return await FailAsync($"cannot use the {location}: {e.Message}").ConfigureAwait(false);
        }
        catch (Exception e) when (e is DomainRuleException or ConcurrencyConflictException or DemoRefusedException or ValidationFailedException or IOException or UnauthorizedAccessException)
        {
            return await FailAsync(e.Message).ConfigureAwait(false);
        }
    }

    public async Task<int> FailAsync(string message)
    {
        await Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return 1;
    }
}
