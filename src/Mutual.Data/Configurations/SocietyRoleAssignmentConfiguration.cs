using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Identity;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

internal sealed class SocietyRoleAssignmentConfiguration : IEntityTypeConfiguration<SocietyRoleAssignment>
{
    public void Configure(EntityTypeBuilder<SocietyRoleAssignment> builder)
    {
        builder.HasKey(r => new { r.UserId, r.SocietyId, r.Role });
        builder.HasOne<MutualUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Society>().WithMany().HasForeignKey(r => r.SocietyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SocietyId, r.Role });
    }
}
