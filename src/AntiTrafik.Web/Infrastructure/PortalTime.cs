namespace AntiTrafik.Web.Infrastructure;

/// <summary>Meetings are typed and shown in Albania's time (Europe/Tirane) and stored in UTC.</summary>
public static class PortalTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// A local time as UTC. A time the clocks skipped when summer time began (e.g. 00:00–00:59 on 1 April 1984, or
    /// 02:00–02:59 on the last Sunday of March) does not exist in Albania; it is read with the offset that held just
    /// before the change, so it names the moment the same distance after the jump (00:30 is 01:30 summer time), instead
    /// of failing.
    /// </summary>
    public static DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            var before = Zone.GetUtcOffset(unspecified.AddHours(-3));
            return DateTime.SpecifyKind(unspecified - before, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    /// <summary>The portal's day: the date in Albania now.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Tirane");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
