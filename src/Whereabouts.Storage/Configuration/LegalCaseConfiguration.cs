using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class LegalCaseConfiguration : IEntityTypeConfiguration<LegalCase>
{
    public void Configure(EntityTypeBuilder<LegalCase> builder)
    {
        builder.ToTable("LegalCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.ForumName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Number).HasMaxLength(100);
        builder.Property(c => c.LodgedOn).IsRequired();
        builder.Property(c => c.Sentence).HasMaxLength(1000);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.DetainingParty).HasMaxLength(Party.SlugLength);
        builder.HasOne<Party>().WithMany().HasForeignKey(c => c.DetainingParty).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Number);
        builder.HasIndex(c => c.Status);
        builder.Ignore(c => c.Details);

        // The people, counsel, charges and documents travel with the case; PersonIds is queried
        // with Contains, which both providers translate (json_each on SQLite, an array on PostgreSQL).
        builder.PrimitiveCollection(c => c.PersonIds).HasField("_personIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(c => c.Counsel).HasField("_counsel").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(c => c.Charges).HasField("_charges").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(c => c.SourceIds).HasField("_sourceIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(c => c.Proceedings).WithOne().HasForeignKey("LegalCaseId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Proceedings).HasField("_proceedings").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
