using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;
using Whereabouts.Storage.Lists;

namespace Whereabouts.Storage.Configuration;

internal sealed class ListImportLeaseConfiguration : IEntityTypeConfiguration<ListImportLease>
{
    public void Configure(EntityTypeBuilder<ListImportLease> builder)
    {
        builder.ToTable("ListImportLeases");
        builder.HasKey(l => l.ImportId);
        builder.Property(l => l.RunnerId).HasMaxLength(ListImportLease.RunnerIdLength).IsRequired();
        builder.HasOne<ListImport>().WithOne().HasForeignKey<ListImportLease>(l => l.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
