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

        // An identity's keys: a search with several words checks each candidate of the rarest word
        // for the others' keys here, by identity and key, instead of reading every row of a
        // common key (SQLite, without statistics, otherwise picks the key index: the count of
        // "Davit Grigoryan" at 100,000 people took about 2 s, and 0.02 s with this index).
        builder.HasIndex(k => new { k.IdentityId, k.Key });
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
