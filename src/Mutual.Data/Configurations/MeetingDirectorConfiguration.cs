using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Meetings;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

internal sealed class MeetingDirectorConfiguration : IEntityTypeConfiguration<DirectorRecord>
{
    public void Configure(EntityTypeBuilder<DirectorRecord> builder)
    {
        builder.ToTable("directors");
        builder.HasKey(d => d.Id);
        builder.HasOne<Society>().WithMany().HasForeignKey(d => d.SocietyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Name).HasMaxLength(400);
        builder.Property(d => d.ElectedBy).HasMaxLength(400);
        builder.Property(d => d.LeftBecause).HasMaxLength(400);
        builder.HasIndex(d => new { d.SocietyId, d.MemberId });
    }
}
