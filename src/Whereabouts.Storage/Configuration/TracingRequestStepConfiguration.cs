using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class TracingRequestStepConfiguration : IEntityTypeConfiguration<TracingRequestStep>
{
    public void Configure(EntityTypeBuilder<TracingRequestStep> builder)
    {
        builder.ToTable("TracingRequestSteps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.By).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Reason).HasMaxLength(TracingRequestStep.ReasonLength);
    }
}
