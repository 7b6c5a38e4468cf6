using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvidenceFiles");

        // Stored by content: the hash is the key, so the same bytes are one row however often they arrive.
        builder.HasKey(f => f.Sha256);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.MediaType).HasMaxLength(EvidenceFile.MediaTypeLength).IsRequired();
        builder.Property(f => f.AddedBy).HasMaxLength(200).IsRequired();
    }
}
