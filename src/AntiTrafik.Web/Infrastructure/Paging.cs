namespace AntiTrafik.Web.Infrastructure;

/// <summary>The one rule of every paged list: how many pages its rows fill, and which page is shown for a page asked.</summary>
public static class Paging
{
    /// <summary>At least one page, even with no rows.</summary>
    public static int PagesFor(int total, int pageSize) => Math.Max(1, (int)((total + (long)pageSize - 1) / pageSize));

    /// <summary>A page before the first shows the first, one past the last shows the last (so a huge number cannot overflow an offset).</summary>
    public static int Within(int page, int total, int pageSize) => Math.Clamp(page, 1, PagesFor(total, pageSize));
}
