using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class TracingRequestConfiguration : IEntityTypeConfiguration<TracingRequest>
{
    public void Configure(EntityTypeBuilder<TracingRequest> builder)
    {
        builder.ToTable("TracingRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Reference).HasMaxLength(16).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.ReceivedOn).IsRequired();
        builder.Property(r => r.EnquirerName).HasMaxLength(TracingRequest.ShortTextLength).IsRequired();
        builder.Property(r => r.Relationship).HasMaxLength(TracingRequest.ShortTextLength).IsRequired();
        builder.Property(r => r.Language).HasMaxLength(10);
        builder.Property(r => r.SoughtName).HasMaxLength(TracingRequest.ShortTextLength).IsRequired();
        builder.Property(r => r.LastSeenPlace).HasMaxLength(TracingRequest.ShortTextLength);
        builder.Property(r => r.LastSeenWith).HasMaxLength(TracingRequest.ShortTextLength);
        builder.Property(r => r.Circumstances).HasMaxLength(TracingRequest.LongTextLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
        builder.PrimitiveCollection(r => r.ShareWith).HasField("_shareWith").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.Status);
        builder.Ignore(r => r.Details);

        builder.HasMany(r => r.Steps).WithOne().HasForeignKey("TracingRequestId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(r => r.ContactEvents).WithOne().HasForeignKey("TracingRequestId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.ContactEvents).HasField("_contactEvents").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
