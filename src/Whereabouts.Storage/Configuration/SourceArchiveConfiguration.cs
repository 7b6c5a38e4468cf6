using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class SourceArchiveConfiguration : IEntityTypeConfiguration<SourceArchive>
{
    public void Configure(EntityTypeBuilder<SourceArchive> builder)
    {
        builder.ToTable("SourceArchives");

        // One copy per source: a second, different document is a second source.
        builder.HasKey(a => a.SourceId);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(a => a.Sha256).IsUnique();
        builder.Property(a => a.FileName).HasMaxLength(260).IsRequired();
        builder.Property(a => a.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Content).IsRequired();
        builder.Property(a => a.Text).IsRequired();
        builder.Property(a => a.ArchivedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Source>().WithOne().HasForeignKey<SourceArchive>(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
