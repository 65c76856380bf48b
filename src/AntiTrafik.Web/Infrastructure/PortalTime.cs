namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// The portal's one time helper. Times are stored in UTC and typed and shown in Albania's time (Europe/Tirane),
/// whatever zone the server runs in; "now" always comes from the <see cref="TimeProvider"/> (never the system clock),
/// so tests and the bench can move it.
/// </summary>
public static class PortalTime
{
    public const string ZoneId = "Europe/Tirane";

    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A stored (UTC) time as Albania's time, for views: <c>@row.At.InPortalZone().ToString("g")</c>.</summary>
    public static DateTime InPortalZone(this DateTime utc) => ToLocal(utc);

    /// <summary>A stored (UTC) time as Albania's time, for views.</summary>
    public static DateTime InPortalZone(this DateTimeOffset at) => ToLocal(at.UtcDateTime);

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

    /// <summary>
    /// The system's Europe/Tirane (tzdata, or Windows' "Central Europe Standard Time" through ICU); where the system has
    /// no time-zone data, the same rules written out: UTC+1, summer time from the last Sunday of March 02:00 to the last
    /// Sunday of October 03:00 (as in Albania since 1996; earlier years' changes may then be off by days). Never the
    /// server's own zone, and never UTC.
    /// </summary>
    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            var summer = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(1), "Europe/Tirane", "CET", "CEST", [summer]);
        }
    }
}
