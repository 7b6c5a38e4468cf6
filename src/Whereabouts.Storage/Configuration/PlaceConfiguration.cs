using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.ToTable("Places");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.PrimaryName);
        builder.HasOne<Place>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(p => p.Names, names =>
        {
            names.ToJson();
            names.Property(n => n.Text);
            names.Property(n => n.Script);
            names.Property(n => n.Language);
        });
        builder.Navigation(p => p.Names).HasField("_names").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsOne(p => p.Coordinates, point =>
        {
            point.Property(c => c.Latitude).HasColumnName("Latitude");
            point.Property(c => c.Longitude).HasColumnName("Longitude");
        });
    }
}
