using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Storage.Audit;

namespace Whereabouts.Storage.Configuration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");

        // The sequence is the key: two writers that read the same last entry cannot both append.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(20).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(200).IsRequired();
        builder.Property(e => e.SubjectId).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Changes).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.StateHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(e => e.SubjectId);
    }
}
