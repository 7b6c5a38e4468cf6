using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Legal;

/// <summary>Opens legal cases, corrects them and records their proceedings; every change is attributed to the current actor.</summary>
public sealed class LegalCaseEditor(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    // The column sizes of the storage model, and sane limits for the lists kept in one column.
    private const int TitleLength = 300;
    private const int ForumLength = 200;
    private const int NumberLength = 100;
    private const int SentenceLength = 1000;
    private const int TextLength = 4000;
    private const int CounselLength = 200;
    private const int ChargeLength = 1000;
    private const int MaxEntries = 200;

    // Domain refusals that belong to one field, so a form can show them next to it.
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["legal-case.number-required"] = "number",
        ["legal-case.lodged-after-proceeding"] = "lodgedOn",
        ["legal-case.sentence-without-trial"] = "sentence",
        ["legal-case.sentence-required"] = "sentence",
        ["proceeding.before-lodged"] = "on",
        ["proceeding.in-future"] = "on",
    };

    /// <summary>Opens a new case.</summary>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    public async Task<LegalCaseView> CreateAsync(LegalCaseInput input, CancellationToken cancellationToken = default)
    {
        var details = Validate(input);
        await using var context = database.CreateContext(actor.Name);
        details = await RequireExistingAsync(context, details, input.DetainingParty, cancellationToken).ConfigureAwait(false);
        var legalCase = AsFieldErrors(() => new LegalCase(Guid.NewGuid(), details));
        context.LegalCases.Add(legalCase);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await LegalViews.ReadAsync(context, [legalCase], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Replaces a case's description, provided nobody saved it since <paramref name="expectedVersion"/>.</summary>
    /// <returns>The saved case, or null when no case has <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The case has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<LegalCaseView?> ReviseAsync(Guid id, int expectedVersion, LegalCaseInput input, CancellationToken cancellationToken = default)
    {
        var details = Validate(input);
        await using var context = database.CreateContext(actor.Name);
        var legalCase = await context.LegalCases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (legalCase is null)
        {
            return null;
        }

        VersionCheck.Require("Legal case", id, legalCase.Version, expectedVersion);
        details = await RequireExistingAsync(context, details, input.DetainingParty, cancellationToken).ConfigureAwait(false);
        AsFieldErrors(() =>
        {
            legalCase.Revise(details);
            return legalCase;
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await LegalViews.ReadAsync(context, [legalCase], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Records a dated step (a hearing, a decision) in a case.</summary>
    /// <param name="id">The case.</param>
    /// <param name="input">The step.</param>
    /// <param name="expectedVersion">The version of the case the caller looked at, or null to add to whatever is current (steps only add).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The saved case, or null when no case has <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong (such as a date before the case was lodged); nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The case has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<LegalCaseView?> AddProceedingAsync(Guid id, ProceedingInput input, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var on = errors.Date("on", input.On, FieldErrors.LatestToday(clock), "Enter the date it took place, such as 2021-03-15 or 2021-03.");
        var kind = RequiredChoice<ProceedingKind>(errors, "kind", input.Kind, "Choose what kind of step it was.");
        var description = errors.Text("description", input.Description, TextLength, "Say what happened.");
        errors.ThrowIfAny();

        await using var context = database.CreateContext(actor.Name);
        var legalCase = await context.LegalCases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (legalCase is null)
        {
            return null;
        }

        if (expectedVersion is { } expected)
        {
            VersionCheck.Require("Legal case", id, legalCase.Version, expected);
        }

        var sourceId = input.SourceId is { } s && s != Guid.Empty ? s : (Guid?)null;
        if (sourceId is { } wanted && !await context.Sources.AnyAsync(x => x.Id == wanted, cancellationToken).ConfigureAwait(false))
        {
            throw new ValidationFailedException("sourceId", $"No source in the registry has the id {wanted}.");
        }

        var proceeding = AsFieldErrors(() => new Proceeding(Guid.NewGuid(), on!, kind!.Value, description!, actor.Name, clock.GetUtcNow(), sourceId));
        AsFieldErrors(() =>
        {
            legalCase.AddProceeding(proceeding);
            return proceeding;
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await LegalViews.ReadAsync(context, [legalCase], cancellationToken).ConfigureAwait(false))[0];
    }

    private LegalCaseDetails Validate(LegalCaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var title = errors.Text("title", input.Title, TitleLength, "Enter a title, such as \"Request for interim measures for five servicemen\".");
        var forumKind = RequiredChoice<ForumKind>(errors, "forumKind", input.ForumKind, "Choose the kind of forum.");
        var forumName = errors.Text("forumName", input.ForumName, ForumLength, "Name the court or body that hears the case.");
        var number = errors.Text("number", input.Number, NumberLength);
        var kind = RequiredChoice<LegalCaseKind>(errors, "kind", input.Kind, "Choose the kind of case.");
        var lodgedOn = errors.Date("lodgedOn", input.LodgedOn, FieldErrors.LatestToday(clock), "Enter the date the case was lodged or opened, such as 2020-12-15.");
        var people = (input.PersonIds ?? []).Where(p => p != Guid.Empty).Distinct().ToList();
        if (people.Count == 0)
        {
            errors.Add("personIds", "Name at least one person of the registry the case is about.");
        }

        var counsel = Entries(errors, "counsel", input.Counsel, CounselLength);
        var charges = Entries(errors, "charges", input.Charges, ChargeLength);
        var sentence = errors.Text("sentence", input.Sentence, SentenceLength);
        var status = errors.Choice("status", input.Status, LegalCaseStatus.Pending);
        var notes = errors.Text("notes", input.Notes, TextLength);

        // The domain refuses these too; checking here reports them with the other fields at once.
        if (number is null && forumKind == ForumKind.EuropeanCourtOfHumanRights && kind == LegalCaseKind.Application)
        {
            errors.Add("number", "An application to the European Court of Human Rights needs its application number (such as 12345/20).");
        }

        if (kind is { } k && k != LegalCaseKind.CriminalTrial && sentence is not null)
        {
            errors.Add("sentence", "Only a criminal trial ends in a sentence.");
        }

        if (status == LegalCaseStatus.Sentenced && kind is { } other && other != LegalCaseKind.CriminalTrial)
        {
            errors.Add("status", "Only a criminal trial can be marked as sentenced.");
        }
        else if (status == LegalCaseStatus.Sentenced && sentence is null)
        {
            errors.Add("sentence", "A case marked as sentenced needs the sentence as pronounced.");
        }

        errors.ThrowIfAny();
        return new LegalCaseDetails(
            title!, forumKind!.Value, forumName!, number, kind!.Value, lodgedOn!, people, counsel, charges, sentence, status,
            [.. (input.SourceIds ?? []).Where(s => s != Guid.Empty).Distinct()], notes);
    }

    private static List<string> Entries(FieldErrors errors, string field, IReadOnlyList<string>? values, int length)
    {
        var entries = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        if (entries.Count > MaxEntries)
        {
            errors.Add(field, $"Keep it to {MaxEntries} entries; this has {entries.Count}.");
        }

        foreach (var entry in entries.Where(e => e.Length > length))
        {
            errors.Add(field, $"Keep each entry to {length} characters; \"{entry[..Math.Min(40, entry.Length)]}…\" has {entry.Length}.");
        }

        return entries;
    }

    // Null when blank or not one of the names (the error is recorded), so later checks can skip it.
    private static TEnum? RequiredChoice<TEnum>(FieldErrors errors, string field, string? text, string requiredMessage)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, requiredMessage);
            return null;
        }

        var known = Enum.GetNames<TEnum>().Any(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        var value = errors.Choice(field, text, default(TEnum));
        return known ? value : null;
    }

    // The people, documents and detaining party must be the registry's own; returns the details
    // with the party as its recorded slug.
    private static async Task<LegalCaseDetails> RequireExistingAsync(
        WhereaboutsDbContext context, LegalCaseDetails details, string? detainingParty, CancellationToken cancellationToken)
    {
        var personIds = details.PersonIds;
        var sourceIds = details.SourceIds ?? [];
        var errors = new FieldErrors();
        var party = PartyReference.Resolve(errors, "detainingParty", detainingParty, await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false));
        var people = await context.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var missing in personIds.Except(people))
        {
            errors.Add("personIds", $"No person in the registry has the id {missing}.");
        }

        var sources = await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).Select(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var missing in sourceIds.Except(sources))
        {
            errors.Add("sourceIds", $"No source in the registry has the id {missing}.");
        }

        errors.ThrowIfAny();
        return details with { DetainingParty = party };
    }

    private static T AsFieldErrors<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DomainRuleException e) when (FieldOfRule.TryGetValue(e.Rule, out var field))
        {
            throw new ValidationFailedException(field, e.Sentence);
        }
    }
}
