using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;

namespace Mutual.Data.Configurations;

internal sealed class SecretBallotConfiguration : IEntityTypeConfiguration<SecretBallot>
{
    public void Configure(EntityTypeBuilder<SecretBallot> builder)
    {
        builder.ToTable("poll_ballots");
        builder.HasKey(b => b.Id);
        // Random keys chosen by PollService, never an identity or autoincrement sequence.
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.PollId).HasConversion(id => id.Value, value => new PollId(value));
        builder.HasOne<Poll>().WithMany().HasForeignKey(b => b.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Receipt).HasMaxLength(16);
        builder.Property(b => b.Content).HasMaxLength(2_000);
        builder.Property(b => b.ClassKey).HasMaxLength(40);
        builder.HasIndex(b => new { b.PollId, b.Receipt }).IsUnique();
    }
}
