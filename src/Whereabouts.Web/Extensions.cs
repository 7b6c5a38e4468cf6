using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Whereabouts.Application;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Storage;
using Whereabouts.Web.Api;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;
using Whereabouts.Web.Enquiry;
using Whereabouts.Web.Errors;
using Whereabouts.Web.Localization;

namespace Whereabouts.Web;

/// <summary>The web application's wiring, kept out of Program.cs.</summary>
internal static class Extensions
{
    private const string SelectScheme = "Whereabouts";

    /// <summary>Registers the database named by <c>--db</c> (or WHEREABOUTS_DATABASE), accounts, the pages and the API.</summary>
    public static void AddWhereabouts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var location = DatabaseLocation.Resolve(builder.Configuration["db"]);

        // Cookies are always Secure outside Development, behind a TLS proxy too (which may reach the
        // app over plain HTTP); `dotnet run` on http://localhost still lets its user sign in.
        var cookiePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpContextActor>();

        // Registered before the registry, which otherwise adds its defaults: how often the caches
        // look for changes made by other app servers (docs/adr/0024), and a key cache that remembers nothing.
        services.AddSingleton(sp => new RegistryChanges(
            sp.GetRequiredService<WhereaboutsDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMilliseconds(builder.Configuration.GetValue<int?>(RegistryChanges.IntervalSetting) ?? (int)RegistryChanges.DefaultInterval.TotalMilliseconds)));
        services.AddSingleton<ApiKeyOwnerCache>();
        services.AddSingleton<IApiKeyOwnerCache>(sp => sp.GetRequiredService<ApiKeyOwnerCache>());
        services.AddSingleton(new Whereabouts.Application.Lists.ListUploadLimit(
            builder.Configuration.GetValue<long?>("Whereabouts:Lists:MaxUploadBytes") ?? Whereabouts.Application.Lists.ListUploadLimit.DefaultBytes));
        services.AddSingleton(Whereabouts.Application.Lists.ListImportLeaseSettings.FromSeconds(
            builder.Configuration.GetValue<int?>(Whereabouts.Application.Lists.ListImportLeaseSettings.LengthSetting),
            builder.Configuration.GetValue<int?>(Whereabouts.Application.Lists.ListImportLeaseSettings.RenewalSetting),
            builder.Configuration.GetValue<int?>(Whereabouts.Application.Lists.ListImportLeaseSettings.RecoverySetting)));
        services.AddSingleton(new Whereabouts.Application.Tracing.AnswerDeadline(
            builder.Configuration.GetValue<int?>(Whereabouts.Application.Tracing.AnswerDeadline.Setting) ?? Whereabouts.Application.Tracing.AnswerDeadline.DefaultDays));
        services.AddSingleton(new Whereabouts.Application.Captivity.NotificationDeadline(Math.Max(0,
            builder.Configuration.GetValue<int?>(Whereabouts.Application.Captivity.NotificationDeadline.Setting) ?? Whereabouts.Application.Captivity.NotificationDeadline.DefaultDays)));
        var fileLimit = new Whereabouts.Application.Files.FileLimit(Math.Max(1,
            builder.Configuration.GetValue<long?>(Whereabouts.Application.Files.FileLimit.Setting) ?? Whereabouts.Application.Files.FileLimit.DefaultBytes));
        services.AddSingleton(fileLimit);
        services.AddSingleton(new Whereabouts.Storage.Files.FileStore(
            builder.Configuration[Whereabouts.Storage.Files.FileStore.FolderSetting] is { Length: > 0 } filesFolder ? filesFolder : Whereabouts.Storage.Files.FileStore.DefaultFolder(location)));
        // How long a page's or the API's write waits for a list import that holds the database
        // before it is answered with 503 (docs/adr/0019): longer than the longest import.
        if (builder.Configuration.GetValue<int?>(Whereabouts.Storage.Writes.WriteGate.WaitSetting) is int waitSeconds and > 0)
        {
            Whereabouts.Storage.Writes.WriteGate.For(location).Wait = TimeSpan.FromSeconds(waitSeconds);
        }

        services.AddWhereaboutsRegistry(location).AddSignInManager().AddDefaultTokenProviders().AddErrorDescriber<LocalizedIdentityErrors>();
        services.AddHostedService<Lists.ListImportWorker>();
        services.AddHostedService<Reports.ReportPreparationWorker>();
        services.AddHostedService<DemoAdministratorWorker>();
        services.AddHostedService<Audit.AuditAnchorWorker>();
        services.Configure<AccountsOptions>(builder.Configuration.GetSection(AccountsOptions.Section));

        // A session's security stamp is checked on every request (SessionValidation): signing out,
        // a changed password or a disabled account ends it at once. Its roles are read again this
        // often, so a changed role holds within a minute instead of Identity's default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        // Browsers sign in with a cookie; the API takes only API keys, so a cookie cannot be
        // ridden into it from another site.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectScheme;
                options.DefaultChallengeScheme = SelectScheme;
            })
            .AddPolicyScheme(SelectScheme, "Cookie or API key", options => options.ForwardDefaultSelector = context =>
                IsApi(context.Request) || ApiKeyAuthenticationHandler.HasBearer(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "whereabouts";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookiePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Events.OnValidatePrincipal = SessionValidation.Before(options.Events.OnValidatePrincipal);
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddMemoryCache(options => options.SizeLimit = 10_000);

        services.AddSharedKeys(builder.Configuration);
        services.AddContactVault(builder.Configuration);
        builder.AddForwardedProxies();
        builder.AddPublicEnquiry();
        services.AddSingleton<Maps.BoundaryLayer>();
        services.AddTransient<Pages.People.DossierHistory>();
        services.AddScoped<RequireTwoFactorFilter>();
        services.AddAuthorization(Policies.Configure);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "whereabouts.af";
            options.Cookie.SecurePolicy = cookiePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        // English text is the key of every resource; the translations live in Resources/ (ADR 0015).
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.Default);
            options.SupportedCultures = Languages.Cultures;
            options.SupportedUICultures = Languages.Cultures;

            // ?culture=hy, then the remembered choice, then the browser's Accept-Language.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = Languages.QueryParameter, UIQueryStringKey = Languages.QueryParameter },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(RequireTwoFactorFilter)));
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            // Signing in and out is for anyone; the account's own pages (Account/Manage) are not.
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/LoginWithTwoFactor");
            options.Conventions.AllowAnonymousToPage("/Account/Logout");
            options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            options.Conventions.AuthorizeFolder("/Account/Manage", Policies.Read);
            options.Conventions.AuthorizeFolder("/Administration", Policies.Administer);

            // Judging a list's row links it to a person and records its fate there: editing people.
            // Each page says so too; the folder rule covers pages added to it later.
            options.Conventions.AuthorizeFolder("/Review", Policies.EditPeople);

            // The one page that takes evidence files takes bodies as large as the largest file
            // (a megabyte more for the form around it); every other page keeps the server's limits.
            options.Conventions.AddPageApplicationModelConvention("/Sources/Files", model =>
            {
                model.Filters.Add(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(fileLimit.Bytes + (1024 * 1024)));
                model.Filters.Add(new Microsoft.AspNetCore.Mvc.RequestFormLimitsAttribute { MultipartBodyLengthLimit = fileLimit.Bytes + (1024 * 1024) });
            });
        })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();

        // Names in Armenian and Cyrillic letters are written as letters, not numeric entities;
        // markup characters are still escaped.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();

        // A query or body the API cannot read throws, so that its ProblemDetails name the parameter.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", options => options.AddDocumentTransformer<ApiKeySecurityScheme>());
    }

    /// <summary>
    /// Brings the schema up to date; on a first start with an empty registry, loads the demo data.
    /// Nothing here reads every person: a start costs the same at a million people as at none
    /// (the reports' histories and the demo administrator's password follow in the background:
    /// <see cref="Reports.ReportPreparationWorker"/>, <see cref="DemoAdministratorWorker"/>).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<WhereaboutsDatabase>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Whereabouts");
        var stopping = app.Lifetime.ApplicationStopping;
        await database.MigrateAsync(stopping);
        await using var scope = app.Services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoLoader>();
        var loaded = await demo.LoadIfEmptyAsync(stopping);
        if (loaded is not null)
        {
            Log.DemoLoaded(logger, loaded.People, loaded.Sources);
        }

        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();

        // The location never includes a password (DatabaseLocation.ToString redacts it).
        Log.UsingDatabase(logger, database.Location);
    }

    /// <summary>Security headers, authentication, the pages and the API.</summary>
    public static void UseWhereabouts(this WebApplication app)
    {
        app.PrepareSharedKeys();
        app.UseForwardedProxies();
        app.UseErrorPages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseLanguageCookie();
        app.UsePartyNames();
        app.UseRouting();
        app.UseAuthentication();

        // An address that names no page or endpoint is not found, signed in or not: sending an
        // anonymous reader to sign in first (the fallback policy challenges a request with no
        // endpoint) would promise a page that does not exist.
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRazorPages();

        // The accounts pages lived under /Admin before every administration page moved under
        // /Administration; old bookmarks and links keep working.
        app.MapGet("/Admin/{**rest}", (HttpContext http, string? rest) =>
            Results.Redirect("/Administration/" + rest + http.Request.QueryString, permanent: true)).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapWhereaboutsApi();
    }

    private static bool IsApi(HttpRequest request) => ErrorPages.IsApi(request);
}
