using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Storage.Accounts;

namespace Whereabouts.Storage.Configuration;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.Property(k => k.Prefix).HasMaxLength(16).IsRequired();
        builder.Property(k => k.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
