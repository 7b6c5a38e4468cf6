using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

/// <summary>Evidence is stored in the columns of the row it supports, with a real foreign key to its source.</summary>
internal static class EvidenceMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Evidence> evidence)
        where TOwner : class
    {
        evidence.Property(e => e.SourceId).HasColumnName("EvidenceSourceId").IsRequired();
        evidence.Property(e => e.Quote).HasColumnName("EvidenceQuote").HasMaxLength(4000);
        evidence.Property(e => e.Locator).HasColumnName("EvidenceLocator").HasMaxLength(500);
        evidence.Property(e => e.Credibility).HasColumnName("EvidenceCredibility");
        evidence.Ignore(e => e.IsCredible);
        evidence.HasOne<Source>().WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        evidence.HasIndex(e => e.SourceId);
    }
}
