using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Storage.Search;

namespace Whereabouts.Storage.Configuration;

internal sealed class PersonNameKeyCountConfiguration : IEntityTypeConfiguration<PersonNameKeyCount>
{
    public void Configure(EntityTypeBuilder<PersonNameKeyCount> builder)
    {
        builder.ToTable("PersonNameKeyCounts");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(PersonIndexer.MaxKeyLength);
    }
}
