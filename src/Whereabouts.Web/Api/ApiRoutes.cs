using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Api;

/// <summary>The REST API under /api/v1: JSON in and out, API keys only, ProblemDetails on errors.</summary>
internal static class ApiRoutes
{
    public static void MapWhereaboutsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(Policies.Read)
            .AddEndpointFilter<ApiErrorFilter>();

        // Each resource adds its own routes (one file per resource in this folder).
        api.MapSources();
        api.MapFiles();
        api.MapIncidents();
        api.MapPlaces();
        api.MapPlaceControl();
        api.MapParties();
        api.MapPersons();
        api.MapExchanges();
        api.MapStillHeld();
        api.MapClaims();
        api.MapLegalCases();
        api.MapFamilyNotifications();
        api.MapTracingRequests();
        api.MapCaptivity();
        api.MapExports();
        api.MapLists();
        api.MapListChanges();
        api.MapVerification();

        // The one open corner of the API: aggregates anyone may read. A group of its own rather than
        // an exception inside the protected group, so nothing else can inherit the AllowAnonymous.
        var open = app.MapGroup("/api/v1/public")
            .AllowAnonymous()
            .AddEndpointFilter<ApiErrorFilter>();
        open.MapPublicStatistics();
    }
}
