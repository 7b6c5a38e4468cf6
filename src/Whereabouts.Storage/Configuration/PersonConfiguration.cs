using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Force).HasMaxLength(200);
        builder.Property(p => p.Rank).HasMaxLength(100);
        builder.Property(p => p.Unit).HasMaxLength(200);
        builder.Property(p => p.ServiceNumber).HasMaxLength(50);
        builder.HasIndex(p => p.ServiceNumber);
        builder.HasOne<Place>().WithMany().HasForeignKey(p => p.BirthPlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Side).HasMaxLength(Party.SlugLength);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.Side).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.IdentityId);
        builder.Ignore(p => p.PrimaryName);
        builder.Ignore(p => p.StandingNames);
        builder.Ignore(p => p.Fate);
        builder.Ignore(p => p.Details);

        // Name forms travel with the person and keep their order, so they are one JSON column;
        // searching them is the job of a name-key index, not of this column.
        builder.OwnsMany(p => p.Names, names =>
        {
            names.ToJson();
            names.Property(n => n.GivenName);
            names.Property(n => n.FamilyName);
            names.Property(n => n.Patronymic);
            names.Property(n => n.Script);
            names.Property(n => n.Origin);
            names.Property(n => n.SourceId);
            names.Ignore(n => n.FullName);
        });
        builder.Navigation(p => p.Names).HasField("_names").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.NameWithdrawals, withdrawals =>
        {
            withdrawals.ToJson();
            withdrawals.Property(w => w.NameIndex);
            withdrawals.Property(w => w.Reason);
            withdrawals.Property(w => w.SourceId);
            withdrawals.Property(w => w.Locator);
            withdrawals.Property(w => w.Quote);
            withdrawals.Property(w => w.WithdrawnBy);
            withdrawals.Property(w => w.WithdrawnAt);
        });
        builder.Navigation(p => p.NameWithdrawals).HasField("_nameWithdrawals").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(p => p.FateAssertions).WithOne().HasForeignKey("PersonId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.FateAssertions).HasField("_fateAssertions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(p => p.FateRetractions).WithOne().HasForeignKey("PersonId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.FateRetractions).HasField("_fateRetractions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
