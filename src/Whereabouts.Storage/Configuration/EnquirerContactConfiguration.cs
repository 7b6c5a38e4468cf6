using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;
using Whereabouts.Storage.Tracing;

namespace Whereabouts.Storage.Configuration;

internal sealed class EnquirerContactConfiguration : IEntityTypeConfiguration<EnquirerContact>
{
    public void Configure(EntityTypeBuilder<EnquirerContact> builder)
    {
        builder.ToTable("EnquirerContacts");
        builder.HasKey(c => c.TracingRequestId);
        builder.Property(c => c.ProtectedText).HasMaxLength(8000).IsRequired();
        builder.HasOne<TracingRequest>().WithOne().HasForeignKey<EnquirerContact>(c => c.TracingRequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
