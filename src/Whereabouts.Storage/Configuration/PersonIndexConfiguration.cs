using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;
using Whereabouts.Storage.Search;

namespace Whereabouts.Storage.Configuration;

internal sealed class PersonIndexConfiguration : IEntityTypeConfiguration<PersonIndexEntry>
{
    public void Configure(EntityTypeBuilder<PersonIndexEntry> builder)
    {
        builder.ToTable("PersonIndex");
        builder.HasKey(e => e.PersonId);
        builder.HasOne<Person>().WithOne().HasForeignKey<PersonIndexEntry>(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.DisplayName).HasMaxLength(300).IsRequired();
        builder.Property(e => e.SortName).HasMaxLength(300).IsRequired();
        builder.HasIndex(e => e.SortName);
        builder.Property(e => e.Side).HasMaxLength(Party.SlugLength);
        builder.HasIndex(e => new { e.Fate, e.Side });
        builder.HasIndex(e => e.IdentityId);
    }
}
