using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Polls;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;

namespace Mutual.Data.Configurations;

internal sealed class PollVoterConfiguration : IEntityTypeConfiguration<PollVoter>
{
    public void Configure(EntityTypeBuilder<PollVoter> builder)
    {
        builder.ToTable("poll_voters");
        // Each cast flips its voter's line once: room left on every page lets PostgreSQL update the
        // line in place (a HOT update), without touching the three indexes. SQLite ignores it.
        builder.HasStorageParameter("fillfactor", 70);
        builder.HasKey(v => new { v.PollId, v.MemberId });
        builder.Property(v => v.PollId).HasConversion(id => id.Value, value => new PollId(value));
        builder.HasOne<Poll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.ClassKey).HasMaxLength(40);
        builder.Property(v => v.CodeHash).HasMaxLength(32);
        builder.Property(v => v.VotedBy).HasConversion<string>().HasMaxLength(16);
        // A ballot code finds its voter in one index probe; a member finds the polls they voted in.
        builder.HasIndex(v => new { v.PollId, v.CodeHash }).IsUnique();
        builder.HasIndex(v => v.MemberId);
    }
}
