using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ListImportConfiguration : IEntityTypeConfiguration<ListImport>
{
    public void Configure(EntityTypeBuilder<ListImport> builder)
    {
        builder.ToTable("ListImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.FileName).HasMaxLength(ListImport.FileNameLength).IsRequired();
        builder.Property(i => i.Content).IsRequired();
        builder.Property(i => i.ContentSha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(i => i.UploadedBy).HasMaxLength(200).IsRequired();
        builder.Property(i => i.DecidedBy).HasMaxLength(200);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.IsFinished);
        builder.HasOne<Source>().WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Restrict);

        // The Lists page shows the latest uploads first, and the runner picks up queued ones.
        builder.HasIndex(i => i.UploadedAt);
        builder.HasIndex(i => i.State);
    }
}
