using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ListMatchConfiguration : IEntityTypeConfiguration<ListMatch>
{
    public void Configure(EntityTypeBuilder<ListMatch> builder)
    {
        builder.ToTable("ListMatches");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.Explanation).HasMaxLength(16_000);
        builder.Ignore(m => m.Standing);
        builder.Ignore(m => m.CanUndo);
        builder.HasOne<ListEntry>().WithMany().HasForeignKey(m => m.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.EntryId, m.PersonId }).IsUnique();
        builder.HasIndex(m => new { m.Decision, m.Probability });
        builder.HasIndex(m => m.PersonId);

        // A list row is one person: at most one of its matches may stand as "same", even when two
        // reviewers decide at the same moment. (Decision is stored as its number; Same is 1.)
        builder.HasIndex(m => m.EntryId)
            .HasDatabaseName("IX_ListMatches_OneSamePerEntry")
            .IsUnique()
            .HasFilter($"\"Decision\" = {(int)MatchDecision.Same}");

        // The judgements travel with the match and keep their order: one JSON column.
        builder.OwnsMany(m => m.Judgements, judgements =>
        {
            judgements.ToJson();
            judgements.Property(j => j.Decision);
            judgements.Property(j => j.IsUndo);
            judgements.Property(j => j.Actor);
            judgements.Property(j => j.At);
            judgements.Property(j => j.Note);
            judgements.Property(j => j.AssertionId);
        });
        builder.Navigation(m => m.Judgements).HasField("_judgements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
