using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

internal sealed class SocietyConfiguration : IEntityTypeConfiguration<Society>
{
    public void Configure(EntityTypeBuilder<Society> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Slug).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.Slug).IsUnique();
    }
}
