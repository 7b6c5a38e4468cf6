using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class VerificationStepConfiguration : IEntityTypeConfiguration<VerificationStep>
{
    public void Configure(EntityTypeBuilder<VerificationStep> builder)
    {
        builder.ToTable("VerificationSteps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.FileSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(s => s.Note).HasMaxLength(VerificationStep.NoteLength);
        builder.Property(s => s.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Source>().WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvidenceFile>().WithMany().HasForeignKey(s => s.FileSha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SourceId);
        builder.HasIndex(s => s.FileSha256);
    }
}
