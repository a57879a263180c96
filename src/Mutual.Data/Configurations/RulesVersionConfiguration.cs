using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

internal sealed class RulesVersionConfiguration : IEntityTypeConfiguration<RulesVersion>
{
    public void Configure(EntityTypeBuilder<RulesVersion> builder)
    {
        builder.ToTable("rules_versions");
        builder.HasKey(r => new { r.SocietyId, r.Version });
        builder.HasOne<Society>().WithMany().HasForeignKey(r => r.SocietyId).OnDelete(DeleteBehavior.Restrict);
    }
}
