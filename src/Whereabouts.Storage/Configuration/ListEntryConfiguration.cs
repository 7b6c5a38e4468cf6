using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ListEntryConfiguration : IEntityTypeConfiguration<ListEntry>
{
    public void Configure(EntityTypeBuilder<ListEntry> builder)
    {
        builder.ToTable("ListEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RecordId).HasMaxLength(200).IsRequired();
        builder.Property(e => e.GivenName).HasMaxLength(200);
        builder.Property(e => e.FamilyName).HasMaxLength(200);
        builder.Property(e => e.Patronymic).HasMaxLength(200);
        builder.Property(e => e.BirthDate).HasMaxLength(50);
        builder.Property(e => e.BirthPlace).HasMaxLength(200);
        builder.Property(e => e.Side).HasMaxLength(Party.SlugLength);
        builder.Ignore(e => e.FullName);
        builder.Property(e => e.NameAsWritten).HasMaxLength(1000);
        builder.Property(e => e.Rank).HasMaxLength(200);
        builder.Property(e => e.Unit).HasMaxLength(200);
        builder.Property(e => e.ServiceNumber).HasMaxLength(100);
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.OwnsMany(e => e.OtherColumns, columns =>
        {
            columns.ToJson();
            columns.Property(c => c.Header);
            columns.Property(c => c.Value);
        });
        builder.Navigation(e => e.OtherColumns).HasField("_otherColumns").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Source>().WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);

        // A list's row ids are unique within the list; the import checks it first to say where.
        builder.HasIndex(e => new { e.SourceId, e.RecordId }).IsUnique();
    }
}
