using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class CaptivityEventConfiguration : IEntityTypeConfiguration<CaptivityEvent>
{
    public void Configure(EntityTypeBuilder<CaptivityEvent> builder)
    {
        builder.ToTable("CaptivityEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.OccurredOn).IsRequired();
        builder.Property(e => e.DetainingParty).HasMaxLength(Party.SlugLength);
        builder.Property(e => e.Place).HasMaxLength(CaptivityEvent.ShortTextLength);
        builder.Property(e => e.By).HasMaxLength(CaptivityEvent.ShortTextLength);
        builder.Property(e => e.Note).HasMaxLength(CaptivityEvent.NoteLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Property(e => e.RetractedBy).HasMaxLength(200);
        builder.Property(e => e.RetractionReason).HasMaxLength(CaptivityEvent.NoteLength);
        builder.Ignore(e => e.Stands);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(e => e.DetainingParty).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.PersonId);
        builder.HasIndex(e => new { e.DetainingParty, e.Kind });
    }
}
