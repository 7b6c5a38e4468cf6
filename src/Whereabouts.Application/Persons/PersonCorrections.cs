using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Persons;

/// <summary>
/// The corrections a caseworker records when the registry itself was wrong: a fate assertion
/// retracted, a spelling withdrawn. Nothing is removed: the assertion or the spelling stays in the
/// history with who took it back, when, why and on what evidence, and the current fate, the
/// contested marker and the search index are derived again from what stands.
/// </summary>
/// <remarks>
/// <para>Input is checked field by field (<c>reason</c>, <c>sourceId</c>, <c>quote</c>,
/// <c>locator</c>, <c>credibility</c>), as for an assertion. The domain's refusals pass through as
/// <see cref="DomainRuleException"/>: an assertion or a form the person does not have
/// (<c>retraction.unknown-assertion</c>, <c>name.unknown</c>), one already taken back
/// (<c>retraction.duplicate</c>, <c>name.already-withdrawn</c>), the last standing spelling
/// (<c>name.last-form</c>).</para>
/// <para>A stale <c>expectedVersion</c> is refused with a <see cref="ConcurrencyConflictException"/>.</para>
/// </remarks>
public sealed class PersonCorrections(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    private const int MaxReasonLength = 4000;

    /// <summary>Retracts a fate assertion that turned out to be wrong.</summary>
    /// <param name="personId">The person whose history holds the assertion.</param>
    /// <param name="assertionId">The assertion to retract.</param>
    /// <param name="input">Why, and the evidence that shows it.</param>
    /// <param name="expectedVersion">The version the caseworker saw, or null to retract regardless.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The person's id and new version, or null when there is no such person.</returns>
    /// <exception cref="ValidationFailedException">The reason or the evidence is missing or invalid, or the source is unknown.</exception>
    /// <exception cref="DomainRuleException">The assertion is not this person's, or is already retracted.</exception>
    /// <exception cref="ConcurrencyConflictException">The person has changed since <paramref name="expectedVersion"/>.</exception>
    public Task<PersonSaved?> RetractFateAsync(
        Guid personId, Guid assertionId, RetractionInput input, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CorrectAsync(personId, expectedVersion, input, evidenceRequired: true, (person, reason) =>
        {
            var evidence = new Evidence(input.SourceId!.Value, input.Quote, input.Locator, input.Credibility ?? Credibility.CannotBeJudged);
            person.RetractFate(new FateRetraction(Guid.Empty, assertionId, reason, evidence, actor.Name, clock.GetUtcNow()));
        }, cancellationToken);
    }

    /// <summary>Withdraws a spelling entered wrongly; it is no longer shown as one of the person's names or searched.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="nameIndex">The form's position among all the person's forms, withdrawn ones included, from 0.</param>
    /// <param name="input">Why, and optionally the evidence.</param>
    /// <param name="expectedVersion">The version the caseworker saw, or null to withdraw regardless.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The person's id and new version, or null when there is no such person.</returns>
    /// <exception cref="ValidationFailedException">The reason is missing, evidence is incomplete, or the source is unknown.</exception>
    /// <exception cref="DomainRuleException">There is no such form, it is already withdrawn, or it is the last one standing.</exception>
    /// <exception cref="ConcurrencyConflictException">The person has changed since <paramref name="expectedVersion"/>.</exception>
    public Task<PersonSaved?> WithdrawNameAsync(
        Guid personId, int nameIndex, RetractionInput input, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CorrectAsync(personId, expectedVersion, input, evidenceRequired: false, (person, reason) => person.WithdrawName(new NameWithdrawal(
            nameIndex, reason, Source(input), Trimmed(input.Locator), Trimmed(input.Quote), actor.Name, clock.GetUtcNow())), cancellationToken);
    }

    // Loads the person, checks the reason and the evidence field by field, then lets the domain
    // record the correction; nothing is saved unless all of it passes.
    private async Task<PersonSaved?> CorrectAsync(
        Guid personId, int? expectedVersion, RetractionInput input, bool evidenceRequired, Action<Person, string> correct, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext(actor.Name);
        var person = await PersonCommands.LoadAsync(context, personId, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var reason = errors.Text("reason", input.Reason, MaxReasonLength, "Say why it is wrong.");
        if (evidenceRequired && Source(input) is null)
        {
            errors.Add("sourceId", "Choose the source that shows the assertion was wrong.");
        }

        // A source named at all must say where, even when it is optional (a withdrawn spelling).
        if ((evidenceRequired || Source(input) is not null) && string.IsNullOrWhiteSpace(input.Quote) && string.IsNullOrWhiteSpace(input.Locator))
        {
            errors.Add("quote", "Quote the source, or give a locator saying where in it to look (\"row 17\", \"page 3\", \"00:41\").");
        }

        if (input.Credibility is { } credibility && !Enum.IsDefined(credibility))
        {
            errors.Add("credibility", "Choose a credibility from 1 (confirmed) to 6 (cannot be judged).");
        }

        errors.MaxLength("quote", input.Quote, 4000);
        errors.MaxLength("locator", input.Locator, 500);
        await PersonCommands.CheckExistsAsync(context.Sources, errors, "sourceId", Source(input), "source", cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();

        correct(person, reason!);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PersonSaved(person.Id, person.Version);
    }

    private static Guid? Source(RetractionInput input) => input.SourceId == Guid.Empty ? null : input.SourceId;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
