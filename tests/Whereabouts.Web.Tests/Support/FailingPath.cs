using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// Adds, behind everything the app answers, a middleware that fails on two addresses no page or
/// endpoint answers (one a page's, one under the API), as a bug in a page or an endpoint would.
/// </summary>
internal sealed class FailingPath : IStartupFilter
{
    /// <summary>A page address that fails.</summary>
    public const string Page = "/test-only/fail";

    /// <summary>An API address that fails.</summary>
    public const string Api = "/api/v1/test-only/fail";

    /// <summary>The text of the failure, which no answer may show.</summary>
    public const string Secret = "A failure for the test at C:\\secret\\path.cs line 42.";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
    {
        next(builder);
        builder.Use((HttpContext context, RequestDelegate _) => context.Request.Path == Page || context.Request.Path == Api
            ? throw new InvalidOperationException(Secret)
            : Task.CompletedTask);
    };
}
