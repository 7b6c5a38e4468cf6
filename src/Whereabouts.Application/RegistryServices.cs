using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Reports;
using Whereabouts.Storage;

namespace Whereabouts.Application;

/// <summary>Registers the registry's use cases for the web app and the CLI alike.</summary>
public static class RegistryServices
{
    /// <summary>
    /// Adds the database at <paramref name="location"/>, accounts (Identity with lockout) and every
    /// use case. The host registers its own <see cref="ICurrentActor"/> first; otherwise changes are
    /// attributed to "system". Returns the Identity builder so a web host can add sign-in.
    /// </summary>
    public static IdentityBuilder AddWhereaboutsRegistry(this IServiceCollection services, DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var database = new WhereaboutsDatabase(location);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentActor>(_ => new FixedActor("system"));

        // The request's context may be made before the request knows who is signed in (the
        // cookie's periodic check reads the account through it): the actor is read at each save.
        services.AddScoped(sp =>
        {
            var actor = sp.GetRequiredService<ICurrentActor>();
            var context = database.CreateContext();
            context.ActorSource = () => actor.Name;
            return context;
        });

        services.AddTransient<DemoLoader>();

        // What the caches follow to stay current across app servers (docs/adr/0024).
        services.TryAddSingleton(sp => new RegistryChanges(database, sp.GetRequiredService<TimeProvider>(), RegistryChanges.DefaultInterval));
        services.AddSingleton<FateHistoryCache>();
        services.AddTransient<PublicStatisticsQuery>();
        services.AddSingleton<PublicStatisticsCache>();
        services.AddTransient<DashboardQuery>();
        services.AddTransient<FateTimelineQuery>();
        services.AddTransient<RegistryMapQuery>();
        services.AddTransient<Persons.PersonSearch>();
        services.AddTransient<Persons.PersonLineResolver>();
        services.AddTransient<Sources.SourceReader>();
        services.AddTransient<Sources.SourceEditor>();

        // Evidence files: the bytes in a folder by their hash (beside a SQLite file unless the host
        // configures one, docs/adr/0028), the records in the database.
        services.TryAddSingleton(new Storage.Files.FileStore(Storage.Files.FileStore.DefaultFolder(location)));
        services.TryAddSingleton(new Files.FileLimit(Files.FileLimit.DefaultBytes));
        services.AddTransient<Files.FileAttachments>();
        services.AddTransient<Files.FileReader>();
        services.AddTransient<Files.FileVerification>();
        services.AddTransient<Incidents.IncidentReader>();
        services.AddTransient<Incidents.IncidentEditor>();
        services.AddTransient<Places.PlaceReader>();
        services.AddTransient<Places.PlaceEditor>();
        services.AddTransient<Control.PlaceControls>();
        services.AddTransient<Parties.PartyReader>();
        services.AddTransient<Parties.PartyEditor>();
        services.AddSingleton<Parties.PartyNamesCache>();
        services.AddTransient<Persons.PersonDossierQuery>();
        services.AddTransient<Persons.PersonDossierPageQuery>();
        services.AddTransient<Persons.PersonNameFormsQuery>();
        services.AddTransient<Persons.PersonCommands>();
        services.AddTransient<Persons.PersonCorrections>();
        services.AddTransient<Identities.SamePersonJudgements>();
        services.AddTransient<Identities.PersonIdentityQuery>();
        services.AddTransient<Identities.DuplicateSearch>();
        services.AddTransient<Identities.PairReviewQuery>();
        services.AddTransient<Persons.PersonFormChoicesQuery>();
        services.AddTransient<Ingestion.ArticleIngest>();
        services.AddTransient<Ingestion.SourceIngest>();
        services.AddTransient<Claims.ClaimReviews>();
        services.AddTransient<Claims.ReconciliationQuery>();
        services.AddTransient<Lists.ListImporter>();
        services.AddTransient<Lists.MatchJudgements>();
        services.AddTransient<Lists.ReviewQueueQuery>();
        services.TryAddSingleton(new Lists.ListUploadLimit(Lists.ListUploadLimit.DefaultBytes));
        services.AddSingleton<Lists.ListImportActivity>();
        services.TryAddSingleton(Lists.ListImportLeaseSettings.Default);
        services.AddTransient<Lists.ListUploads>();
        services.AddTransient<Lists.ListImportRunner>();
        services.AddTransient<Lists.MappingTemplates>();
        services.AddTransient<Lists.ListChangesQuery>();
        services.AddTransient<Lists.ListDepartures>();
        services.AddTransient<Pfif.PfifImport>();
        services.AddTransient<Pfif.PfifExport>();
        services.AddTransient<Exports.SnapshotExport>();
        services.AddTransient<Exports.SnapshotImport>();
        services.AddTransient<Legal.LegalCaseReader>();
        services.AddTransient<Legal.LegalCaseEditor>();
        services.AddTransient<Legal.FamilyNotifications>();
        services.AddTransient<Legal.InformAgainQuery>();
        services.TryAddSingleton(_ => Tracing.ContactVault.InFolder(Tracing.ContactVault.DefaultFolder));
        services.AddTransient<Tracing.TracingRequestIntake>();
        services.AddTransient<Tracing.TracingRequestEditor>();
        services.AddTransient<Tracing.TracingRequestReader>();
        services.AddTransient<Tracing.TracingContacts>();
        services.AddTransient<Exchanges.ExchangeReader>();
        services.AddTransient<Exchanges.ExchangeRecorder>();
        services.AddSingleton<StillHeldLists>();
        services.AddTransient<StillHeldQuery>();

        // What a tracing office must do next (a host may register its own deadline first).
        services.TryAddSingleton(new Tracing.AnswerDeadline());
        services.AddTransient<Tracing.UnansweredRequestsQuery>();
        services.AddTransient<Tracing.FamiliesToInformAgainQuery>();
        services.AddTransient<Tracing.NewEvidenceQuery>();
        services.AddTransient<Tracing.TracingWorkQuery>();

        services.AddTransient<Captivity.CaptivityEvents>();
        services.AddTransient<Verification.EvidenceVerification>();
        services.AddTransient<Verification.FlaggedAssertionsQuery>();
        services.AddTransient<Captivity.ObligationsQuery>();
        services.AddSingleton<Captivity.PublicObligationsCache>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<OwnAccount>();
        services.AddScoped<AccountSessions>();
        services.TryAddSingleton<IApiKeyOwnerCache, NoApiKeyOwnerCache>();

        // Asked before every sign-in: a disabled account may not (RequireConfirmedAccount below).
        services.AddScoped<IUserConfirmation<IdentityUser>, EnabledAccountConfirmation>();

        return services
            .AddIdentityCore<IdentityUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole>()
            .AddTokenProvider<AuthenticatorTokenProvider<IdentityUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddEntityFrameworkStores<WhereaboutsDbContext>();
    }
}
