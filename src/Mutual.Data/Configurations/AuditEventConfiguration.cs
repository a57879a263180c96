using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Domain.Audit;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        // The key (society, sequence) is what stops two concurrent appends forking the chain: the
        // second insert of the same sequence number fails and its transaction rolls back.
        builder.HasKey(e => new { e.SocietyId, e.Sequence });
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasOne<Society>().WithMany().HasForeignKey(e => e.SocietyId).OnDelete(DeleteBehavior.Restrict);
    }
}
