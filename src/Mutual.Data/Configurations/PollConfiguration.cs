using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.ToTable("polls");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(id => id.Value, value => new PollId(value));
        builder.HasOne<Society>().WithMany().HasForeignKey(p => p.SocietyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Text).HasMaxLength(20_000);
        builder.Property(p => p.CountingMethod).HasMaxLength(40);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ResolutionKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.SocietyId, p.OpensAt });
        builder.HasIndex(p => p.MeetingId);

        builder.OwnsOne(p => p.ShowOfHands, hands =>
        {
            hands.Property(h => h.For).HasColumnName("hands_for");
            hands.Property(h => h.Against).HasColumnName("hands_against");
            hands.Property(h => h.Abstain).HasColumnName("hands_abstain");
        });
        builder.OwnsMany(p => p.HandsByClass, hands =>
        {
            hands.ToTable("poll_hands_by_class");
            hands.WithOwner().HasForeignKey("PollId");
            hands.HasKey("PollId", nameof(ClassShowOfHands.ClassKey));
            hands.Property(h => h.ClassKey).HasMaxLength(40);
        });
        builder.Navigation(p => p.HandsByClass).HasField("_handsByClass").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Candidates, candidate =>
        {
            candidate.ToTable("poll_candidates");
            candidate.WithOwner().HasForeignKey("PollId");
            candidate.HasKey("PollId", nameof(Candidate.Number));
            candidate.Property(c => c.Number).ValueGeneratedNever();
            candidate.Property(c => c.Name).HasMaxLength(200);
            candidate.Property(c => c.Statement).HasMaxLength(5_000);
        });
        builder.Navigation(p => p.Candidates).HasField("_candidates").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
