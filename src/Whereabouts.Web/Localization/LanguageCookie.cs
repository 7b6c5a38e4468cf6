using Microsoft.AspNetCore.Localization;

namespace Whereabouts.Web.Localization;

/// <summary>
/// Remembers a language chosen with <c>?culture=</c> in the culture cookie, so that one click on
/// the switch (a plain link, no JavaScript) sets the language for the following pages too.
/// </summary>
internal static class LanguageCookie
{
    /// <summary>How long a choice is remembered.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>Adds the middleware; it must run after request localization.</summary>
    public static IApplicationBuilder UseLanguageCookie(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var chosen = context.Request.Query[Languages.QueryParameter].ToString();
        if (Languages.IsSupported(chosen))
        {
            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen.ToLowerInvariant()));
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, value, new CookieOptions
            {
                // Not a secret and not tied to an account: readable by the server only, sent on
                // same-site navigation, kept for a year.
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = Lifetime,
            });
        }

        await next(context);
    });
}
