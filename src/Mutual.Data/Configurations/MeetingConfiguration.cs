using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Meetings;
using Mutual.Domain.Meetings;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

/// <summary>
/// A meeting and the parts it owns: agenda, attendance register, proxies and minutes, each in its
/// own table. The version column makes two officers' simultaneous changes retry rather than overwrite.
/// </summary>
internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public const string Version = "Version";

    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion<MeetingIdConverter>().ValueGeneratedNever();
        builder.HasOne<Society>().WithMany().HasForeignKey(m => m.SocietyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.AdjournedFrom).HasConversion<MeetingIdConverter>();
        builder.Property(m => m.AdjournedTo).HasConversion<MeetingIdConverter>();
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Place).HasMaxLength(500);
        builder.Property(m => m.JoinUrl).HasMaxLength(1000);
        builder.Property(m => m.TimeZoneId).HasMaxLength(64);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Format).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.NoticeMethod).HasConversion<string>().HasMaxLength(32);
        builder.Property<int>(Version).IsConcurrencyToken();
        builder.HasIndex(m => m.SocietyId);

        builder.OwnsMany(m => m.Agenda, item =>
        {
            item.ToTable("meeting_agenda_items");
            item.WithOwner().HasForeignKey("MeetingId");
            item.HasKey("MeetingId", nameof(AgendaItem.Id));
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
            item.Property(i => i.Title).HasMaxLength(300);
            item.Property(i => i.Text).HasMaxLength(4000);
        });
        builder.OwnsMany(m => m.Attendees, attendee =>
        {
            attendee.ToTable("meeting_attendees");
            attendee.WithOwner().HasForeignKey("MeetingId");
            attendee.HasKey("MeetingId", nameof(Attendee.MemberId));
            attendee.Ignore(a => a.ClassKeys);
            attendee.Property(a => a.Name).HasMaxLength(400);
            attendee.Property(a => a.ClassKeyList).HasMaxLength(400);
            attendee.Property(a => a.Mode).HasConversion<string>().HasMaxLength(32);
        });
        builder.OwnsMany(m => m.Proxies, proxy =>
        {
            proxy.ToTable("meeting_proxies");
            proxy.WithOwner().HasForeignKey("MeetingId");
            proxy.HasKey(p => p.Id);
            proxy.Property(p => p.Id).ValueGeneratedNever();
            proxy.Ignore(p => p.Directions);
            proxy.Ignore(p => p.AppointerClassKeys);
            proxy.Property(p => p.AppointerName).HasMaxLength(400);
            proxy.Property(p => p.AppointerClassKeyList).HasMaxLength(400);
            proxy.Property(p => p.HolderName).HasMaxLength(400);
            proxy.Property(p => p.DirectionList).HasMaxLength(4000);
            proxy.Property(p => p.RevokedBecause).HasMaxLength(200);
            proxy.HasIndex("MeetingId", nameof(ProxyAppointment.AppointerId));
        });
        builder.OwnsMany(m => m.Minutes, minute =>
        {
            minute.ToTable("meeting_minutes");
            minute.WithOwner().HasForeignKey("MeetingId");
            minute.HasKey("MeetingId", nameof(Minute.Number));
            minute.Property(m => m.Number).ValueGeneratedNever();
            minute.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
            minute.Property(m => m.Text).HasMaxLength(4000);
        });
        foreach (var navigation in new[] { nameof(Meeting.Agenda), nameof(Meeting.Attendees), nameof(Meeting.Proxies), nameof(Meeting.Minutes) })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
