using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class FamilyNotificationConfiguration : IEntityTypeConfiguration<FamilyNotification>
{
    public void Configure(EntityTypeBuilder<FamilyNotification> builder)
    {
        builder.ToTable("FamilyNotifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.ToldOn).IsRequired();
        builder.Property(n => n.Message).HasMaxLength(4000);
        builder.Property(n => n.ToldBy).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Recipient).HasMaxLength(100).IsRequired();
        builder.Property(n => n.RecordedBy).HasMaxLength(200).IsRequired();
        builder.PrimitiveCollection(n => n.SourceIds).HasField("_sourceIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FamilyNotification>().WithMany().HasForeignKey(n => n.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TracingRequest>().WithMany().HasForeignKey(n => n.TracingRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.PersonId);
        builder.HasIndex(n => n.TracingRequestId);
    }
}
