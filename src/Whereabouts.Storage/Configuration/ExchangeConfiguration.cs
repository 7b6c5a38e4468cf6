using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> builder)
    {
        builder.ToTable("Exchanges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Date).IsRequired();
        builder.Property(e => e.TermsText).HasMaxLength(Exchange.TextLength);
        builder.Property(e => e.Route).HasMaxLength(Exchange.TextLength);
        builder.Property(e => e.Notes).HasMaxLength(Exchange.TextLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(e => e.Details);
        builder.Ignore(e => e.Title);
        builder.HasOne<Place>().WithMany().HasForeignKey(e => e.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Incident>().WithMany().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(e => e.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(e => e.Mediators).HasField("_mediators").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(e => e.SourceIds).HasField("_sourceIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The people handed over travel with the exchange and never change after it is recorded
        // (their fate assertions carry the exchange's incident and date), so they are one JSON column
        // like a person's name forms; the audit log records each transfer as it is added.
        builder.OwnsMany(e => e.Transfers, transfers =>
        {
            transfers.ToJson();
            transfers.Property(t => t.PersonId);
            transfers.Property(t => t.HandedOverBy);
            transfers.Property(t => t.ReceivedBy);
            transfers.Property(t => t.Kind);
            transfers.Property(t => t.SourceId);
        });
        builder.Navigation(e => e.Transfers).HasField("_transfers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
