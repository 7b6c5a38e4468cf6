using Whereabouts.Application.Parties;

namespace Whereabouts.Web.Display;

/// <summary>
/// The registry's parties for the page being rendered, so that <see cref="Labels.Of(string?)"/>
/// can name a party in the reader's language wherever a side is shown, as it names a fate.
/// </summary>
/// <remarks>
/// Ambient like the request's culture, which <see cref="Labels"/> reads the same way: the parties are
/// data (docs/adr/0016), given to each page request by <see cref="UsePartyNames"/> from
/// <see cref="PartyNamesCache"/>, which reads the handful of rows again only once the registry has
/// changed (docs/adr/0035). API requests answer with slugs and skip it.
/// </remarks>
internal static class PartyNames
{
    private static readonly AsyncLocal<PartyList?> Current = new();

    /// <summary>The parties of the registry serving the current request; none outside a page request.</summary>
    public static PartyList List => Current.Value ?? PartyList.Empty;

    /// <summary>Adds the middleware that reads the parties for each page request.</summary>
    public static IApplicationBuilder UsePartyNames(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        Current.Value = await context.RequestServices.GetRequiredService<PartyNamesCache>().ListAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            Current.Value = null;
        }
    });
}
