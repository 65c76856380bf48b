using AntiTrafik.Web.Features.Bulletins;

namespace AntiTrafik.Tests.Features.Bulletins;

/// <summary>The period a new bulletin is offered follows the latest one.</summary>
public sealed class BulletinPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void After_a_month_comes_the_next_whole_month()
    {
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), Assemble.NextPeriod((new(2026, 1, 1), new(2026, 1, 31)), Today));
        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), Assemble.NextPeriod((new(2026, 4, 1), new(2026, 4, 30)), Today));
    }

    [Fact]
    public void After_a_quarter_comes_the_next_quarter()
    {
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)), Assemble.NextPeriod((new(2026, 10, 1), new(2026, 12, 31)), Today));
    }

    [Fact]
    public void A_period_of_days_is_followed_by_as_many_days_from_the_day_after()
    {
        Assert.Equal((new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30)), Assemble.NextPeriod((new(2026, 3, 1), new(2026, 3, 15)), Today));
    }

    [Fact]
    public void The_first_bulletin_is_offered_the_last_full_month()
    {
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), Assemble.NextPeriod(null, Today));
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), Assemble.NextPeriod(null, new DateOnly(2026, 1, 10)));
    }
}
