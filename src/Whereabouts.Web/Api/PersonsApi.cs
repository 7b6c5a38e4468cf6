using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Api.Identities;
using Whereabouts.Web.Api.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/persons: search, dossiers, registration, spellings, fate assertions, details and history.
/// Enums are their names as text and partial dates their text form, so the JSON reads the same
/// whatever the host's serializer settings. Writes answer with the person's new ETag; a write that
/// names a stale one in If-Match is refused with 412, and replacing the details requires If-Match.
/// </summary>
internal static class PersonsApi
{
    public static RouteGroupBuilder MapPersons(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var persons = api.MapGroup("/persons").WithTags("Persons");

        persons.MapGet("/", SearchAsync)
            .WithName("SearchPersons")
            .WithSummary("Find people")
            .WithDescription("Names in any script or spelling (Арутюнян, Harutiunian and Հարությունյան find Harutyunyan), filtered by current fate, side, incident and contested; paged.")
            .ProducesValidationProblem();
        persons.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPerson")
            .WithSummary("A person's dossier")
            .WithDescription("Details, every spelling, the fate history with its evidence, the current fate, conflicts, incidents and the history of changes. The ETag is the person's version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        persons.MapGet("/{id:guid}/history", HistoryAsync)
            .WithName("GetPersonHistory")
            .WithSummary("Who changed a person, when, and how (newest first)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        persons.MapPost("/", RegisterAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("RegisterPerson")
            .WithSummary("Register a person")
            .WithDescription("A first spelling, the details and optionally the first fate assertion (fate). Answers 201 with the dossier, its Location and ETag. "
                + "The linkage engine is asked first: when the registry has records likely to be this person the answer is 409 with them as candidates "
                + "(id, name, birthYear, side, probability, why), and nothing is saved, unless the body says \"confirmedNew\": true; then each candidate is recorded as not the same person.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        persons.MapPost("/{id:guid}/names", AddNameAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("AddPersonName")
            .WithSummary("Add a spelling of a person's name")
            .WithDescription("If-Match is optional; when sent and stale the answer is 412.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        persons.MapPost("/{id:guid}/fates", AssertFateAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("AssertPersonFate")
            .WithSummary("Record a fate assertion with its evidence")
            .WithDescription("If-Match is optional; when sent and stale the answer is 412. A refusal by the registry's rules (before birth, life after a confirmed death) is 422 with the rule's code.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        persons.MapPut("/{id:guid}/details", UpdateDetailsAsync)
            .RequireAuthorization(Policies.EditPeople)
            .WithName("UpdatePersonDetails")
            .WithSummary("Replace a person's descriptive details")
            .WithDescription("Requires If-Match with the person's current ETag: 428 without it, 412 when stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        persons.MapPersonCorrections();
        persons.MapSamePerson();
        return api;
    }

    private static async Task<Ok<PersonPageResource>> SearchAsync(
        PersonSearch search,
        string? q,
        string? fate,
        string? side,
        Guid? incidentId,
        bool? contested,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var fields = new ApiFields();
        var criteria = new PersonSearchCriteria(
            q,
            fields.Enum<Domain.FateStatus>("fate", fate),
            string.IsNullOrWhiteSpace(side) ? null : side,
            incidentId,
            page,
            pageSize,
            contested);
        fields.ThrowIfAny();
        var found = await search.RunAsync(criteria, cancellationToken);
        return TypedResults.Ok(new PersonPageResource([.. found.Items.Select(PersonSummaryResource.From)], found.Page, found.PageSize, found.Total, found.TotalIsEstimate));
    }

    private static async Task<Results<Ok<PersonResource>, ProblemHttpResult>> GetAsync(
        Guid id, PersonDossierQuery dossiers, PersonIdentityQuery identities, HttpResponse response, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.RunAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound(id);
        }

        ETags.Set(response, dossier.Version);
        var identity = await identities.ForDossierAsync(id, cancellationToken);
        return TypedResults.Ok(PersonResource.From(dossier) with { Identity = identity is { HasOthers: true } ? IdentityResource.From(identity) : null });
    }

    private static async Task<Results<Ok<IReadOnlyList<ChangeResource>>, ProblemHttpResult>> HistoryAsync(
        Guid id, PersonDossierQuery dossiers, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.RunAsync(id, cancellationToken);
        return dossier is null
            ? NotFound(id)
            : TypedResults.Ok<IReadOnlyList<ChangeResource>>([.. dossier.History.Select(ChangeResource.From)]);
    }

    private static async Task<Results<Created<PersonResource>, ProblemHttpResult>> RegisterAsync(
        RegisterPersonRequest request, PersonCommands commands, PersonDossierQuery dossiers, HttpResponse response, CancellationToken cancellationToken)
    {
        PersonSaved saved;
        try
        {
            saved = await commands.RegisterAsync(request.ToInput(), cancellationToken);
        }
        catch (PossibleDuplicatesException e)
        {
            return TypedResults.Problem(
                detail: e.Message + " To register a different person, send the request again with \"confirmedNew\": true.",
                statusCode: StatusCodes.Status409Conflict,
                title: "The registry may already have this person",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["candidates"] = e.Candidates.Select(DuplicateCandidateResource.From).ToList() });
        }

        var dossier = await dossiers.RunAsync(saved.PersonId, cancellationToken)
            ?? throw new InvalidOperationException($"Person {saved.PersonId} was saved but cannot be read back.");
        ETags.Set(response, dossier.Version);
        return TypedResults.Created($"/api/v1/persons/{dossier.Id}", PersonResource.From(dossier));
    }

    private static Task<Results<Ok<PersonResource>, ProblemHttpResult>> AddNameAsync(
        Guid id, NameRequest request, PersonCommands commands, PersonDossierQuery dossiers, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, dossiers, http, () => commands.AddNameAsync(id, request.ToInput(), ETags.IfMatch(http.Request), cancellationToken), cancellationToken);

    private static Task<Results<Ok<PersonResource>, ProblemHttpResult>> AssertFateAsync(
        Guid id, FateRequest request, PersonCommands commands, PersonDossierQuery dossiers, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, dossiers, http, () => commands.AssertFateAsync(id, request.ToInput(), ETags.IfMatch(http.Request), cancellationToken), cancellationToken);

    private static async Task<Results<Ok<PersonResource>, ProblemHttpResult>> UpdateDetailsAsync(
        Guid id, DetailsRequest request, PersonCommands commands, PersonDossierQuery dossiers, HttpContext http, CancellationToken cancellationToken)
    {
        // The details are replaced as a whole, so a client must show it has seen the current ones.
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return TypedResults.Problem(
                title: "If-Match is required",
                detail: "Replacing a person's details requires the ETag of the person as last read (GET /api/v1/persons/{id}) in an If-Match header.",
                statusCode: StatusCodes.Status428PreconditionRequired);
        }

        return await ChangeAsync(id, dossiers, http, () => commands.UpdateDetailsAsync(id, request.ToInput(), expected, cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<PersonResource>, ProblemHttpResult>> ChangeAsync(
        Guid id, PersonDossierQuery dossiers, HttpContext http, Func<Task<PersonSaved?>> change, CancellationToken cancellationToken)
    {
        if (await change() is null)
        {
            return NotFound(id);
        }

        var dossier = await dossiers.RunAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound(id);
        }

        ETags.Set(http.Response, dossier.Version);
        return TypedResults.Ok(PersonResource.From(dossier));
    }

    /// <summary>The 404 answer for a person id the registry does not hold.</summary>
    internal static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such person", detail: $"No person in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
