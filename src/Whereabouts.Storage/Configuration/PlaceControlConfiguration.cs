using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class PlaceControlConfiguration : IEntityTypeConfiguration<PlaceControl>
{
    public void Configure(EntityTypeBuilder<PlaceControl> builder)
    {
        builder.ToTable("PlaceControls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Party).HasMaxLength(Party.SlugLength);
        builder.Property(c => c.Holder).HasMaxLength(PlaceControl.ShortTextLength);
        builder.Property(c => c.From).IsRequired();
        builder.Property(c => c.Locator).HasMaxLength(PlaceControl.ShortTextLength);
        builder.Property(c => c.Note).HasMaxLength(PlaceControl.NoteLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Property(c => c.RetractedBy).HasMaxLength(200);
        builder.Property(c => c.RetractionReason).HasMaxLength(PlaceControl.NoteLength);
        builder.Ignore(c => c.Stands);
        builder.HasOne<Place>().WithMany().HasForeignKey(c => c.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(c => c.Party).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PlaceId);
    }
}
