using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Whereabouts.Domain;

namespace Whereabouts.Storage.Configuration;

internal sealed class ListMappingTemplateConfiguration : IEntityTypeConfiguration<ListMappingTemplate>
{
    public void Configure(EntityTypeBuilder<ListMappingTemplate> builder)
    {
        builder.ToTable("ListMappingTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(ListMappingTemplate.NameLength).IsRequired();
        builder.Property(t => t.MappingJson).IsRequired();
        builder.Property(t => t.CreatedBy).HasMaxLength(200).IsRequired();

        // One template per name: the Lists page offers them by name.
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
