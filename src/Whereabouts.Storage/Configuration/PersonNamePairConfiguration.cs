using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Storage.Search;

namespace Whereabouts.Storage.Configuration;

internal sealed class PersonNamePairConfiguration : IEntityTypeConfiguration<PersonNamePair>
{
    public void Configure(EntityTypeBuilder<PersonNamePair> builder)
    {
        builder.ToTable("PersonNamePairs");

        // Pair first, then the identity: a pair's rows in random (id) order are a sample of them.
        builder.HasKey(p => new { p.Key, p.IdentityId });
        builder.Property(p => p.Key).HasMaxLength(PersonNamePair.MaxLength);
        builder.Property(p => p.SortName).HasMaxLength(300).IsRequired();

        // Covers a search of two words: the identities with a pair, in name order.
        builder.HasIndex(p => new { p.Key, p.SortName, p.IdentityId });

        // An identity's pairs, rewritten when its keys, its records or its sort name change.
        builder.HasIndex(p => p.IdentityId);
    }
}
