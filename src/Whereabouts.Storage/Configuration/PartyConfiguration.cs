using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        // The slug is the key: it never changes, and people, claims and exchanges refer to it.
        builder.ToTable("Parties");
        builder.HasKey(p => p.Slug);
        builder.Property(p => p.Slug).HasMaxLength(Party.SlugLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.NameEn).HasMaxLength(Party.NameLength).IsRequired();
        builder.Property(p => p.NameHy).HasMaxLength(Party.NameLength);
        builder.Property(p => p.NameRu).HasMaxLength(Party.NameLength);
        builder.Property(p => p.NameAz).HasMaxLength(Party.NameLength);
        builder.Ignore(p => p.Names);
    }
}
