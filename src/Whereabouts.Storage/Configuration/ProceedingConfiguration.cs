using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ProceedingConfiguration : IEntityTypeConfiguration<Proceeding>
{
    public void Configure(EntityTypeBuilder<Proceeding> builder)
    {
        builder.ToTable("LegalProceedings");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.On).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(4000).IsRequired();
        builder.Property(p => p.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
