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
        audit.Subcommands.Add(CreateAnchor(context));
        audit.Subcommands.Add(CreateSeal(context));
        audit.Subcommands.Add(CreateShow(context));
        return audit;
    }

    private static Command CreateVerify(CliContext context)
    {
        var anchors = new Option<string[]>("--anchor")
        {
            Description = "A head printed earlier by 'audit anchor' (SEQ:HASH): the check fails when the log no longer reaches it. May be given more than once.",
            HelpName = "SEQ:HASH",
            AllowMultipleArgumentsPerToken = false,
        };
        var anchorFile = new Option<FileInfo?>("--anchor-file")
        {
            Description = "A file of heads, one SEQ:HASH a line (as the web app appends them, with its date after a space): each must still be reached.",
            HelpName = "FILE",
        };
        var maxProblems = new Option<int>("--max-problems")
        {
            Description = "How many rows that disagree with the log to describe; all are counted.",
            DefaultValueFactory = _ => AuditVerifier.DefaultMaxProblems,
            HelpName = "N",
        };
        maxProblems.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-problems must be at least 1.");
            }
        });
        var command = new Command(
            "verify",
            "Recompute every hash of the audit log and compare every row of every audited table with its latest entry. "
            + "Exit code 0 when all agree; 2, naming each problem, when an entry or a row was altered, removed or inserted "
            + "in the database by hand, or the log no longer reaches an anchor.")
        {
            anchors,
            anchorFile,
            maxProblems,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var given = new List<AuditAnchor>();
            foreach (var text in parse.GetValue(anchors) ?? [])
            {
                if (!AuditAnchor.TryParse(text, out var anchor))
                {
                    return await context.FailAsync($"--anchor: '{Printable(text)}' is not SEQ:HASH (a sequence, a colon and 64 hex digits).").ConfigureAwait(false);
                }

                given.Add(anchor);
            }

            if (parse.GetValue(anchorFile) is { } file)
            {
                var lines = await File.ReadAllLinesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (string.IsNullOrWhiteSpace(lines[i]))
                    {
                        continue;
                    }

                    if (!AuditAnchor.TryParse(lines[i], out var anchor))
                    {
                        return await context.FailAsync(string.Create(CultureInfo.InvariantCulture, $"--anchor-file: line {i + 1} of {file.Name} is not SEQ:HASH.")).ConfigureAwait(false);
                    }

                    given.Add(anchor);
                }
            }

            await using var registry = database.CreateContext();
            var report = await AuditVerifier.InspectAsync(registry, given, parse.GetValue(maxProblems), cancellationToken).ConfigureAwait(false);
            if (report.IsIntact)
            {
                await context.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"audit log intact: {report.Chain.EntriesChecked} entries; {report.RowsChecked} rows agree with their latest entries")).ConfigureAwait(false);
                if (given.Count > 0)
                {
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"reaches every anchor given ({given.Count})")).ConfigureAwait(false);
                }

                return 0;
            }

            await WriteProblemsAsync(context.Error, report).ConfigureAwait(false);
            return BrokenExitCode;
        }));
        return command;
    }

    private static async Task WriteProblemsAsync(TextWriter error, AuditReport report)
    {
        if (!report.Chain.IsIntact)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit log broken at entry {report.Chain.FirstBrokenSequence}: {report.Chain.Problem}")).ConfigureAwait(false);
        }

        foreach (var problem in report.AnchorProblems)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        foreach (var problem in report.RowProblems)
        {
            await error.WriteLineAsync($"{Printable(problem.Table)} {Printable(problem.Id)}: {Printable(problem.Problem)}").ConfigureAwait(false);
        }

        if (report.RowProblemCount > report.RowProblems.Count)
        {
            await error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"... and {report.RowProblemCount - report.RowProblems.Count} more rows ({report.RowProblemCount} in all; --max-problems shows more)")).ConfigureAwait(false);
        }

        await error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"audit verify: {report.Chain.EntriesChecked} entries, {report.RowsChecked} rows checked; {report.RowProblemCount} rows and {report.AnchorProblems.Count} anchors disagree with the log{(report.Chain.IsIntact ? string.Empty : ", and the chain is broken")}")).ConfigureAwait(false);
    }

    private static Command CreateSeal(CliContext context)
    {
        var command = new Command(
            "seal",
            "Once, after upgrading: give every row the log holds no state for (saved before states were hashed, or written "
            + "past the log by an old migration) a baseline entry with its state now, attributed to you. Run 'audit verify' "
            + "first: a row inserted by hand is sealed too. Rows that disagree with what the log recorded are never sealed "
            + "(exit code 2, as verify); nothing is sealed when the chain is broken.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            await using var registry = database.CreateContext();
            var report = await AuditVerifier.SealAsync(registry, CliContext.ActorName, DateTimeOffset.UtcNow, AuditVerifier.DefaultMaxProblems, cancellationToken).ConfigureAwait(false);
            if (report.Chain.IsIntact)
            {
                await context.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"sealed {report.RowsSealed} rows of {report.RowsChecked}: each has a baseline entry attributed to {CliContext.ActorName}")).ConfigureAwait(false);
            }

            if (report.IsIntact)
            {
                return 0;
            }

            await WriteProblemsAsync(context.Error, report).ConfigureAwait(false);
            return BrokenExitCode;
        }));
        return command;
    }

    private static Command CreateAnchor(CliContext context)
    {
        var command = new Command(
            "anchor",
            "Print the head of the audit log as SEQ:HASH, to keep somewhere the database's administrators cannot write "
            + "(a printout, a mail, another machine); 'audit verify --anchor SEQ:HASH' later fails if the log no longer reaches it.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            await using var registry = database.CreateContext();
            if (await AuditAnchor.ReadHeadAsync(registry, cancellationToken).ConfigureAwait(false) is not { } head)
            {
                return await context.FailAsync("the audit log is empty: there is nothing to anchor yet.").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(head.ToString()).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    // What the database says is data: a character that would move the cursor, erase a line or
    // turn text around is printed as its code instead.
    private static string Printable(string text)
    {
        if (!text.Any(IsUnprintable))
        {
            return text;
        }

        var printable = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = IsUnprintable(c) ? printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : printable.Append(c);
        }

        return printable.ToString();
    }

    private static bool IsUnprintable(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

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
