using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class CountClaimConfiguration : IEntityTypeConfiguration<CountClaim>
{
    public void Configure(EntityTypeBuilder<CountClaim> builder)
    {
        builder.ToTable("CountClaims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Quote).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.ClaimedBy).HasMaxLength(300);
        builder.Property(c => c.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Property(c => c.ReviewedBy).HasMaxLength(200);

        // The review list reads the waiting claims; reconciliation reads the accepted ones.
        builder.HasIndex(c => new { c.Review, c.SourceId });
        builder.Ignore(c => c.Scope);
        builder.Ignore(c => c.Details);
        builder.HasOne<Source>().WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Incident>().WithMany().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Place>().WithMany().HasForeignKey(c => c.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Side).HasMaxLength(Party.SlugLength);
        builder.HasOne<Party>().WithMany().HasForeignKey(c => c.Side).OnDelete(DeleteBehavior.Restrict);
    }
}
