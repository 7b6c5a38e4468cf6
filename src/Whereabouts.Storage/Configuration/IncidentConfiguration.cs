using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.Name).HasMaxLength(300).IsRequired();
        builder.Property(i => i.StartedOn).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(8000);
        builder.PrimitiveCollection(i => i.PlaceIds).HasField("_placeIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
