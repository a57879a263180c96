using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Mutual.Domain.Meetings;

namespace Mutual.Data.Meetings;

internal sealed class MeetingIdConverter() : ValueConverter<MeetingId, Guid>(id => id.Value, value => new MeetingId(value));
