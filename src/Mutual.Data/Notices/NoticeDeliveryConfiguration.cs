using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Notices;

internal sealed class NoticeDeliveryConfiguration : IEntityTypeConfiguration<NoticeDelivery>
{
    public void Configure(EntityTypeBuilder<NoticeDelivery> builder)
    {
        builder.ToTable("notice_deliveries");
        builder.HasKey(d => d.Id);
        builder.HasOne<Society>().WithMany().HasForeignKey(d => d.SocietyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Address).HasMaxLength(600);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Error).HasMaxLength(1000);
        // "Who has been served for this meeting?" reads one meeting's rows.
        builder.HasIndex(d => new { d.SocietyId, d.MeetingId, d.MemberId });
    }
}
