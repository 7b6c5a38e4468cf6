using Whereabouts.Application.Demo;
using Whereabouts.Application.Reports;
using Whereabouts.Storage;

namespace Whereabouts.Web;

/// <summary>The web application's wiring, kept out of Program.cs.</summary>
internal static class Extensions
{
    /// <summary>Registers the database named by <c>--db</c> (or WHEREABOUTS_DATABASE) and the pages.</summary>
    public static void AddWhereabouts(this WebApplicationBuilder builder)
    {
        var location = DatabaseLocation.Resolve(builder.Configuration["db"]);
        builder.Services.AddSingleton(new WhereaboutsDatabase(location));
        builder.Services.AddTransient<PublicStatisticsQuery>();
        builder.Services.AddTransient<DemoLoader>();
        builder.Services.AddRazorPages();
    }

    /// <summary>Brings the schema up to date and, on a first start with an empty registry, loads the demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<WhereaboutsDatabase>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Whereabouts");
        await database.MigrateAsync(app.Lifetime.ApplicationStopping);
        var loaded = await app.Services.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(app.Lifetime.ApplicationStopping);
        if (loaded is not null)
        {
            Log.DemoLoaded(logger, loaded.People, loaded.Sources);
        }

        // The location never includes a password (DatabaseLocation.ToString redacts it).
        Log.UsingDatabase(logger, database.Location);
    }

    /// <summary>Security headers and the page pipeline.</summary>
    public static void UseWhereabouts(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.MapRazorPages();
    }
}
