using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("Sources");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Title).HasMaxLength(500).IsRequired();
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.Property(s => s.Author).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.Property(s => s.ContentSha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(s => s.ContentSha256);
        builder.Property(s => s.ListFingerprint).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(s => s.ListFingerprint);
        builder.HasOne<Source>().WithMany().HasForeignKey(s => s.SupersedesSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.Details);
    }
}
