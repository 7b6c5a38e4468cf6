using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class PersonPairConfiguration : IEntityTypeConfiguration<PersonPair>
{
    public void Configure(EntityTypeBuilder<PersonPair> builder)
    {
        builder.ToTable("PersonPairs");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Explanation).HasMaxLength(16_000);
        builder.Ignore(p => p.Standing);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.FirstPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.SecondPersonId).OnDelete(DeleteBehavior.Restrict);

        // One row per pair of records, whichever dossier it was judged from (the domain orders them).
        builder.HasIndex(p => new { p.FirstPersonId, p.SecondPersonId }).IsUnique();
        builder.HasIndex(p => p.SecondPersonId);
        builder.HasIndex(p => new { p.Decision, p.Probability });

        // The judgements travel with the pair and keep their order: one JSON column.
        builder.OwnsMany(p => p.Judgements, judgements =>
        {
            judgements.ToJson();
            judgements.Property(j => j.Id);
            judgements.Property(j => j.Decision);
            judgements.Property(j => j.IsUndo);
            judgements.Property(j => j.Actor);
            judgements.Property(j => j.At);
            judgements.Property(j => j.Note);
            judgements.Property(j => j.Confirmed);
        });
        builder.Navigation(p => p.Judgements).HasField("_judgements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
