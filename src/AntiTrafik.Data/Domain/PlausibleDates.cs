namespace AntiTrafik.Domain;

/// <summary>What a date the portal is given stands for; each kind has its own plausible range.</summary>
public enum DateKind
{
    /// <summary>Something that is held on a day, past or planned: a meeting, a training, an awareness activity.</summary>
    Event,

    /// <summary>Something that has already happened: a victim identified, a service delivered.</summary>
    Happened,

    /// <summary>A person's date of birth.</summary>
    Birth,

    /// <summary>The day an action from a meeting is due.</summary>
    Deadline,

    /// <summary>A day that bounds a period asked for: a bulletin's period, a filter of statistics, the audit trail or meetings.</summary>
    Period,
}

/// <summary>
/// The one rule for which dates the portal accepts, used by every form's validator and every page's filter, so that
/// a mistyped or hostile date (0001-01-01, 9999-12-31) is refused with a message instead of being stored or reaching
/// date arithmetic that cannot represent it.
/// <list type="bullet">
/// <item>Nothing the portal records happened before <see cref="EarliestEvent"/> (1 January 1990): Albania's
/// anti-trafficking work, its institutions and so every record here begin in the 1990s.</item>
/// <item>Events, deadlines and report periods reach at most <see cref="YearsAhead"/> (10) years past today:
/// meetings, trainings and action plans are planned a few years ahead, never decades.</item>
/// <item>What has happened (an identification, a service delivered) is not after today.</item>
/// <item>A birth is not in the future and at most <see cref="OldestAge"/> (120) years ago.</item>
/// </list>
/// "Today" is the portal's day (Albania's, Europe/Tirane), given by the caller.
/// </summary>
public static class PlausibleDates
{
    public static readonly DateOnly EarliestEvent = new(1990, 1, 1);

    public const int YearsAhead = 10;

    public const int OldestAge = 120;

    /// <summary>The first and last day a date of this kind may be, both included.</summary>
    public static (DateOnly First, DateOnly Last) Range(DateKind kind, DateOnly today) => kind switch
    {
        DateKind.Birth => (today.AddYears(-OldestAge), today),
        DateKind.Happened => (EarliestEvent, today),
        _ => (EarliestEvent, today.AddYears(YearsAhead)),
    };

    public static bool IsPlausible(DateOnly date, DateKind kind, DateOnly today)
    {
        var (first, last) = Range(kind, today);
        return date >= first && date <= last;
    }

    /// <summary>A whole year asked for (statistics, annual exports): one whose days are plausible for a period.</summary>
    public static (int First, int Last) Years(DateOnly today) => (EarliestEvent.Year, Range(DateKind.Period, today).Last.Year);

    public static bool IsPlausibleYear(int year, DateOnly today)
    {
        var (first, last) = Years(today);
        return year >= first && year <= last;
    }
}
