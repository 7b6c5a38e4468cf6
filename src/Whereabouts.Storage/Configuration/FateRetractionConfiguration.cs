using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class FateRetractionConfiguration : IEntityTypeConfiguration<FateRetraction>
{
    public void Configure(EntityTypeBuilder<FateRetraction> builder)
    {
        builder.ToTable("FateRetractions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reason).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
        builder.OwnsOne(r => r.Evidence, EvidenceMapping.Map);
        builder.Navigation(r => r.Evidence).IsRequired();
        builder.HasOne<FateAssertion>().WithMany().HasForeignKey(r => r.AssertionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.AssertionId).IsUnique();
    }
}
