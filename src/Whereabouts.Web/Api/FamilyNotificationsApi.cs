using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Legal;
using Whereabouts.Web.Api.Legal;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Reports;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/persons/{id}/notifications: what a person's family was told, when, by whom, on what
/// evidence; /api/v1/family-notifications/to-inform-again: the families told what the evidence no
/// longer says. Caseworkers, counsel and administrators only (docs/adr/0011). Records are never
/// changed; a correction is a new record naming the one it corrects in correctsId.
/// </summary>
internal static class FamilyNotificationsApi
{
    public static RouteGroupBuilder MapFamilyNotifications(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var notifications = api.MapGroup("/persons/{id:guid}/notifications").WithTags("Family notifications");

        notifications.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.FamilyNotifications)
            .WithName("ListFamilyNotifications")
            .WithSummary("What a person's family was told")
            .WithDescription("Earliest first; a record that a later one corrects says so in correctedById.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        notifications.MapPost("/", RecordAsync)
            .RequireAuthorization(Policies.FamilyNotifications)
            .WithName("RecordFamilyNotification")
            .WithSummary("Record what a person's family was told")
            .WithDescription("The recipient is a relationship (\"mother\"), never a name or a contact; a telephone number or e-mail address is refused. Answers 201; 400 names each wrong field.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/family-notifications/to-inform-again", ToInformAgainAsync)
            .RequireAuthorization(Policies.FamilyNotifications)
            .WithTags("Family notifications")
            .WithName("ListFamiliesToInformAgain")
            .RequiresReportsPrepared()
            .WithSummary("Families last told a fate the evidence no longer says")
            .WithDescription("Told earliest first: the last notification conveying a fate (a corrected one gives way to its correction) beside the fate the registry derives now. Records joined as one person count once, under the identity's id.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<InformAgainResource>>> ToInformAgainAsync(InformAgainQuery query, CancellationToken cancellationToken)
    {
        var found = await query.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<InformAgainResource>>([.. found.Select(InformAgainResource.From)]);
    }

    private static async Task<Results<Ok<IReadOnlyList<NotificationResource>>, ProblemHttpResult>> ListAsync(
        Guid id, FamilyNotifications notifications, CancellationToken cancellationToken)
    {
        var found = await notifications.ListAsync(id, cancellationToken);
        return found is null ? NotFound(id) : TypedResults.Ok<IReadOnlyList<NotificationResource>>([.. found.Select(NotificationResource.From)]);
    }

    private static async Task<Results<Created<NotificationResource>, ProblemHttpResult>> RecordAsync(
        Guid id, NotificationInput notification, FamilyNotifications notifications, CancellationToken cancellationToken)
    {
        var saved = await notifications.RecordAsync(id, notification, cancellationToken);
        return saved is null
            ? NotFound(id)
            : TypedResults.Created($"/api/v1/persons/{id}/notifications", NotificationResource.From(saved));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "No such person", detail: $"No person in the registry has the id {id}.", statusCode: StatusCodes.Status404NotFound);
}
