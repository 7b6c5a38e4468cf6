using System.Globalization;
using System.Threading.RateLimiting;

namespace Whereabouts.Web.Enquiry;

/// <summary>
/// The wiring of the public enquiry form: its settings and the rate limit on what it accepts. Each
/// client address may send <see cref="PublicEnquiryOptions.PermitLimit"/> requests in a window; the
/// next is answered 429 with a Retry-After, inside the app's frame. The address is the one the
/// forwarded headers of a trusted proxy give (<see cref="ForwardedProxies"/>), never one a client
/// claims. Reading the form costs nothing and is not limited.
/// </summary>
internal static class PublicEnquiry
{
    /// <summary>The rate-limiting policy the form's page names.</summary>
    public const string RateLimitPolicy = "public-enquiry";

    /// <summary>Registers the settings and the rate limiter.</summary>
    public static void AddPublicEnquiry(this WebApplicationBuilder builder)
    {
        var options = PublicEnquiryOptions.Read(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(options);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after.TotalSeconds : options.Window.TotalSeconds;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(seconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
