using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;

namespace Mutual.Data.Configurations;

internal sealed class PollTallyConfiguration : IEntityTypeConfiguration<PollTally>
{
    public void Configure(EntityTypeBuilder<PollTally> builder)
    {
        builder.ToTable("poll_tallies");
        builder.HasKey(t => t.PollId);
        builder.Property(t => t.PollId).HasConversion(id => id.Value, value => new PollId(value));
        builder.HasOne<Poll>().WithOne().HasForeignKey<PollTally>(t => t.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}
