using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;
using Whereabouts.Storage.Search;

namespace Whereabouts.Storage.Configuration;

internal sealed class PersonNameKeyConfiguration : IEntityTypeConfiguration<PersonNameKey>
{
    public void Configure(EntityTypeBuilder<PersonNameKey> builder)
    {
        builder.ToTable("PersonNameKeys");

        // Key first: a search looks people up by key, then joins on the person.
        builder.HasKey(k => new { k.Key, k.PersonId });
        builder.Property(k => k.Key).HasMaxLength(PersonIndexer.MaxKeyLength);
        builder.Property(k => k.SortName).HasMaxLength(300).IsRequired();
        builder.HasIndex(k => k.PersonId);

        // Covers a search: the identities with a key in a range, in name order, without the person rows.
        builder.HasIndex(k => new { k.Key, k.SortName, k.IdentityId, k.PersonId });
        builder.HasIndex(k => k.IdentityId);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
