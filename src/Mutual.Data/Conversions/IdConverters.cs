using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Conversions;

internal sealed class SocietyIdConverter() : ValueConverter<SocietyId, Guid>(id => id.Value, value => new SocietyId(value));

internal sealed class MemberIdConverter() : ValueConverter<MemberId, Guid>(id => id.Value, value => new MemberId(value));
