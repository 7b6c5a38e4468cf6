using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.ToTable("SourceFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(f => f.FileName).HasMaxLength(SourceFile.FileNameLength).IsRequired();
        builder.Property(f => f.Description).HasMaxLength(SourceFile.NoteLength);
        builder.Property(f => f.AttachedBy).HasMaxLength(200).IsRequired();
        builder.Property(f => f.DetachedBy).HasMaxLength(200);
        builder.Property(f => f.DetachReason).HasMaxLength(SourceFile.NoteLength);
        builder.Ignore(f => f.IsAttached);
        builder.HasOne<Source>().WithMany().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvidenceFile>().WithMany().HasForeignKey(f => f.Sha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.SourceId);
        builder.HasIndex(f => f.Sha256);
    }
}
