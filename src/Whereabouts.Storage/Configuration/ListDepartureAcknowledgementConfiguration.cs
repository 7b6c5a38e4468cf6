using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ListDepartureAcknowledgementConfiguration : IEntityTypeConfiguration<ListDepartureAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ListDepartureAcknowledgement> builder)
    {
        builder.ToTable("ListDepartureAcknowledgements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(4000);
        builder.HasOne<Source>().WithMany().HasForeignKey(a => a.NewerSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ListEntry>().WithMany().HasForeignKey(a => a.GoneEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.NewerSourceId, a.GoneEntryId });
        builder.HasIndex(a => a.PersonId);
    }
}
