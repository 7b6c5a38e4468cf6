using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.AspNetCore.Identity;
using Whereabouts.Domain;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tracing;

namespace Whereabouts.Storage;

/// <summary>
/// The rules every save obeys: nothing is deleted, the fate history is append-only, and every
/// edited record's version goes up by one so that a stale copy cannot overwrite it.
/// </summary>
internal static class HistoryRules
{
    private const string VersionProperty = "Version";

    /// <summary>Applies the rules to the tracked changes; the caller has detected them (the save, just before).</summary>
    public static void Apply(ChangeTracker tracker)
    {
        var entries = tracker.Entries().ToList();

        // One lookup for the whole save: finding the owner by scanning the tracker for each name
        // form and assertion made a save grow with the square of its size.
        var people = entries.Where(e => e.Entity is Person).ToDictionary(e => ((Person)e.Entity).Id);
        var cases = entries.Where(e => e.Entity is LegalCase).ToDictionary(e => ((LegalCase)e.Entity).Id);
        foreach (var entry in entries)
        {
            RefuseRewrites(entry);
            TouchOwningPerson(people, entry);
            TouchOwningCase(cases, entry);
        }

        foreach (var entry in tracker.Entries().Where(e => e.State == EntityState.Modified).ToList())
        {
            var version = entry.Metadata.FindProperty(VersionProperty);
            if (version is not null && !entry.Metadata.IsOwned())
            {
                var property = entry.Property(VersionProperty);
                property.CurrentValue = (int)property.OriginalValue! + 1;
            }
        }
    }

    private static void RefuseRewrites(EntityEntry entry)
    {
        if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }

        // A party may be removed while nothing refers to it (the foreign keys and the editor see to
        // that): it was added by mistake, and the audit log keeps that it was.
        if (entry.State == EntityState.Deleted && !entry.Metadata.IsOwned() && !IsLinkRecord(entry.Entity) && entry.Entity is not (Party or EnquirerContact))
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name} records are never deleted; record a correction instead.");
        }

        if (entry.Entity is FateAssertion or FateRetraction && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("The fate history is append-only: an assertion cannot be changed or removed, only retracted.");
        }

        if (entry.Entity is SourceArchive && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("An archived document cannot be changed: different content is a different source.");
        }

        if (entry.Entity is Proceeding && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("The proceedings of a legal case are append-only: record a later step that corrects a wrong one.");
        }

        if (entry.Entity is FamilyNotification && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("Family notifications are append-only: record a correction as a new notification.");
        }

        if (entry.Entity is TracingRequestStep or ContactEvent && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("The history of a tracing request is append-only: record a later step instead.");
        }

        if (entry.Entity is CaptivityEvent && entry.State == EntityState.Modified && !IsFirstRetraction(entry))
        {
            throw new InvalidOperationException("An event of captivity cannot be changed, only retracted once.");
        }

        if (entry.Entity is EvidenceFile or VerificationStep && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("A file and the verification history are append-only: different bytes are a different file, and a decision is corrected by a new review.");
        }

        if (entry.Entity is SourceFile && entry.State == EntityState.Modified && !IsFirstChange(entry, nameof(SourceFile.DetachedAt), nameof(SourceFile.DetachedBy), nameof(SourceFile.DetachReason)))
        {
            throw new InvalidOperationException("A file's attachment cannot be changed, only detached once.");
        }

        if (entry.Entity is PlaceControl && entry.State == EntityState.Modified && !IsFirstChange(entry, nameof(PlaceControl.RetractedAt), nameof(PlaceControl.RetractedBy), nameof(PlaceControl.RetractionReason)))
        {
            throw new InvalidOperationException("A period of control cannot be changed, only retracted once.");
        }

        if (entry.Entity is MatchJudgement && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("Match judgements are append-only: undo a judgement by recording an undo.");
        }

        if (entry.Metadata.IsOwned() && entry.State is EntityState.Modified or EntityState.Deleted
            && entry.Entity is Evidence)
        {
            throw new InvalidOperationException("The evidence of a recorded assertion cannot be changed.");
        }
    }

    // The one change an event of captivity may undergo: its retraction, recorded once.
    private static bool IsFirstRetraction(EntityEntry entry) =>
        IsFirstChange(entry, nameof(CaptivityEvent.RetractedAt), nameof(CaptivityEvent.RetractedBy), nameof(CaptivityEvent.RetractionReason));

    // The one change a record that is otherwise fixed may undergo (a retraction, a detachment):
    // recorded once, in the given properties only, the first of which says when.
    private static bool IsFirstChange(EntityEntry entry, string when, params string[] others) =>
        entry.Property(when).OriginalValue is null
        && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == when || others.Contains(p.Metadata.Name));

    // Derived index rows and Identity's link rows (an account's role, login or token) are removed
    // as well as added; their removal is itself recorded in the audit log.
    private static bool IsLinkRecord(object entity) =>
        entity is PersonNameKey or PersonNamePair or IdentityUserRole<string> or IdentityUserLogin<string> or IdentityUserToken<string>
            or IdentityUserClaim<string> or IdentityRoleClaim<string>;

    // Adding a name form or a fate assertion is an edit of the person: it bumps the person's
    // version, so two caseworkers adding conflicting assertions at once cannot both succeed.
    private static void TouchOwningPerson(Dictionary<Guid, EntityEntry> people, EntityEntry entry)
    {
        if (entry.State == EntityState.Unchanged || entry.State == EntityState.Detached)
        {
            return;
        }

        if (entry.Entity is not (FateAssertion or FateRetraction or PersonName or NameWithdrawal))
        {
            return;
        }

        var personId = entry.Metadata.FindProperty("PersonId") is null ? null : entry.Property("PersonId").CurrentValue as Guid?;
        if (personId is { } id && people.TryGetValue(id, out var owner) && owner.State == EntityState.Unchanged)
        {
            owner.State = EntityState.Modified;
        }
    }

    // Adding a proceeding is an edit of its case, so that two people recording steps on a stale
    // copy of the case cannot both succeed unseen.
    private static void TouchOwningCase(Dictionary<Guid, EntityEntry> cases, EntityEntry entry)
    {
        if (entry.State != EntityState.Added || entry.Entity is not Proceeding)
        {
            return;
        }

        if (entry.Property("LegalCaseId").CurrentValue is Guid id && cases.TryGetValue(id, out var owner) && owner.State == EntityState.Unchanged)
        {
            owner.State = EntityState.Modified;
        }
    }
}
