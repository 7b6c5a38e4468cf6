using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Storage.Accounts;

namespace Whereabouts.Storage.Configuration;

internal sealed class AccountStateConfiguration : IEntityTypeConfiguration<AccountState>
{
    public void Configure(EntityTypeBuilder<AccountState> builder)
    {
        builder.ToTable("AccountStates");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsDisabled);
        builder.HasOne<IdentityUser>().WithOne().HasForeignKey<AccountState>(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
