using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ContactEventConfiguration : IEntityTypeConfiguration<ContactEvent>
{
    public void Configure(EntityTypeBuilder<ContactEvent> builder)
    {
        builder.ToTable("TracingContactEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.By).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(ContactEvent.ReasonLength);
    }
}
