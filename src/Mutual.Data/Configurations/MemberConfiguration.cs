using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasOne<Society>().WithMany().HasForeignKey(m => m.SocietyId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(m => m.Name);
        builder.Ignore(m => m.Contact);
        builder.Property(m => m.GivenNames).HasMaxLength(200);
        builder.Property(m => m.FamilyName).HasMaxLength(200);
        builder.Property(m => m.PostalAddress).HasMaxLength(500);
        builder.Property(m => m.Postcode).HasMaxLength(20);
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.Phone).HasMaxLength(40);
        builder.Property(m => m.AdmissionMinute).HasMaxLength(200);
        builder.PrimitiveCollection(m => m.ClassKeys).HasField("_classKeys").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Property<string>(SearchKeys.FamilyNameKey).HasMaxLength(SearchKeys.MaxLength).IsRequired();
        builder.Property<string>(SearchKeys.GivenNamesKey).HasMaxLength(SearchKeys.MaxLength).IsRequired();
        builder.Property<string>(SearchKeys.PostcodeKey).HasMaxLength(20).IsRequired();

        // Search paths (MemberRegister.Search): by number, by name prefix in register order, by postcode.
        builder.HasIndex(m => new { m.SocietyId, m.MembershipNumber }).IsUnique();
        builder.HasIndex(nameof(Member.SocietyId), SearchKeys.FamilyNameKey, SearchKeys.GivenNamesKey, nameof(Member.Id));
        builder.HasIndex(nameof(Member.SocietyId), SearchKeys.PostcodeKey);

        builder.OwnsMany(m => m.StatusHistory, history =>
        {
            history.ToTable("member_status_changes");
            history.WithOwner().HasForeignKey("MemberId");
            history.Property<long>("Id");
            history.HasKey("Id");
            history.Property(h => h.Note).HasMaxLength(500);
        });
        builder.Navigation(m => m.StatusHistory).HasField("_statusHistory").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
