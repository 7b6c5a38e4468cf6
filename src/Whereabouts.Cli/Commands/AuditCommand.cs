using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage.Audit;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts audit</c>: checks the hash-chained audit log and shows its entries.</summary>
internal static class AuditCommand
{
    /// <summary>The exit code of a broken chain: distinct from 1 (the command could not run), so that a monitoring job can tell them apart.</summary>
    public const int BrokenExitCode = 2;

    private const int DefaultLast = 50;

    public static Command Create(CliContext context)
    {
        var audit = new Command("audit", "Check and read the audit log: every change, who made it and when, chained by hashes.");
        audit.Subcommands.Add(CreateVerify(context));
        audit.Subcommands.Add(CreateShow(context));
        return audit;
    }

    private static Command CreateVerify(CliContext context)
    {
        var command = new Command(
            "verify",
            "Recompute every hash of the audit log. Exit code 0 when it is intact; 2, naming the first broken entry, "
            + "when a row was altered, removed or inserted in the database by hand.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            await using var registry = database.CreateContext();
            var result = await AuditVerifier.VerifyAsync(registry, cancellationToken).ConfigureAwait(false);
            if (result.IsIntact)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit log intact: {result.EntriesChecked} entries")).ConfigureAwait(false);
                return 0;
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit log broken at entry {result.FirstBrokenSequence}: {result.Problem}")).ConfigureAwait(false);
            return BrokenExitCode;
        }));
        return command;
    }

    private static Command CreateShow(CliContext context)
    {
        var subject = new Option<string?>("--subject")
        {
            Description = "Only the entries about this record: a person's id gives the person, their names and their fates; an account's id its roles and keys.",
            HelpName = "ID",
        };
        var last = new Option<int>("--last")
        {
            Description = "How many of the latest entries to show.",
            DefaultValueFactory = _ => DefaultLast,
            HelpName = "N",
        };
        last.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--last must be at least 1.");
            }
        });
        var command = new Command("show", "Print the latest audit entries, oldest first: sequence, time (UTC), actor, action, record type and id.")
        {
            subject,
            last,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            await using var registry = database.CreateContext();
            var query = registry.AuditEntries.AsNoTracking();
            if (parse.GetValue(subject)?.Trim() is { Length: > 0 } id)
            {
                query = query.Where(e => e.SubjectId == id);
            }

            var entries = await query
                .OrderByDescending(e => e.Sequence)
                .Take(parse.GetValue(last))
                .Select(e => new { e.Sequence, e.RecordedAt, e.Actor, e.Action, e.EntityType, e.EntityId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (entries.Count == 0)
            {
                await context.Output.WriteLineAsync("No audit entries.").ConfigureAwait(false);
                return 0;
            }

            entries.Reverse();
            var rows = entries.Select(e => new[]
            {
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                e.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                e.Actor,
                e.Action,
                e.EntityType,
                e.EntityId,
            });
            await CliTable.WriteAsync(context.Output, ["SEQ", "TIME", "ACTOR", "ACTION", "TYPE", "ID"], rows).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
