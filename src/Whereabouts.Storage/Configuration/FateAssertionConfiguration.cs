using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class FateAssertionConfiguration : IEntityTypeConfiguration<FateAssertion>
{
    public void Configure(EntityTypeBuilder<FateAssertion> builder)
    {
        builder.ToTable("FateAssertions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AsOf).IsRequired();
        builder.Property(a => a.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(4000);
        builder.OwnsOne(a => a.Evidence, EvidenceMapping.Map);
        builder.Navigation(a => a.Evidence).IsRequired();
        builder.HasOne<Incident>().WithMany().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Place>().WithMany().HasForeignKey(a => a.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.Status);
    }
}
