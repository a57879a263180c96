using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Domain.Meetings;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.ToTable("meeting_nominations");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Society>().WithMany().HasForeignKey(n => n.SocietyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.MeetingId).HasConversion<MeetingIdConverter>();
        builder.Property(n => n.CandidateName).HasMaxLength(400);
        builder.Property(n => n.Statement).HasMaxLength(Nomination.StatementMaxLength);
        builder.Property(n => n.NominatedBy).HasMaxLength(256);
        builder.Ignore(n => n.IsActive);
        builder.HasIndex(n => new { n.MeetingId, n.AgendaItemId });
    }
}
