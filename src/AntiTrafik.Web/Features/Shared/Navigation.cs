using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Features.Home;

namespace AntiTrafik.Web.Features.Shared;

/// <summary>What a menu item counts for the user's agency, shown as a badge.</summary>
public enum NavCount
{
    None,

    /// <summary>The person's work queue: the same rows the home page lists.</summary>
    WorkWaiting,
    ReferralsWaiting,
    UnreadNotifications,
}

/// <summary>
/// A link of the main menu and the policy a user must meet to see it (null: any signed-in user). Links with the
/// same <paramref name="Group"/>, one after another, open from one drop-down named by the group.
/// </summary>
public sealed record NavItem(string Text, string Controller, string Action, string? Policy, NavCount Count = NavCount.None, string? Group = null);

public sealed record VisibleNavItem(NavItem Item, int? Count);

/// <summary>
/// The main menu, in one list. Each user sees the items whose policy they meet; the pages behind them
/// check the same policies on the server, so the menu only mirrors what the server allows.
/// </summary>
public sealed class MainNavigationViewComponent(IAuthorizationService authorization, AppDbContext db, VersionedCache cache, WorkQueue.Handler queue) : ViewComponent
{
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("Home", "Home", "Index", null, NavCount.WorkWaiting),
        new("Cases", "Cases", "Index", Policies.CaseWork),
        new("Referrals", "Referrals", "Inbox", Policies.ReferralInbox, NavCount.ReferralsWaiting),
        new("Notifications", "Notifications", "Index", Policies.Notifications, NavCount.UnreadNotifications),
        new("Escalation", "Referrals", "Escalation", Policies.Coordination, Group: "Coordination"),
        new("Duplicates", "Cases", "Duplicates", Policies.Coordination, Group: "Coordination"),
        new("Audit trail", "Audit", "Index", Policies.Coordination, Group: "Coordination"),
        new("Meetings", "Meetings", "Index", null),
        new("Statistics", "Statistics", "Index", Policies.CaseWork, Group: "Reports and training"),
        new("Bulletins", "Bulletins", "Index", null, Group: "Reports and training"),
        new("Trainings", "Trainings", "Index", null, Group: "Reports and training"),
        new("Institutions", "Agencies", "Index", null),
        new("Users", "Users", "Index", Policies.Administration),
    ];

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<VisibleNavItem>();
        var agency = HttpContext.User.GetAgencyId() ?? 0;
        foreach (var item in Items)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(HttpContext.User, item.Policy)).Succeeded)
            {
                visible.Add(new VisibleNavItem(item, item.Count == NavCount.None ? null : await CountAsync(item.Count, agency)));
            }
        }

        return View("~/Features/Shared/MainNavigation.cshtml", visible);
    }

    private sealed record CountOf(NavCount Count, int Agency) : CachedRead<int>;

    /// <summary>Counted once per agency and data version: they change only when something is saved.</summary>
    private Task<int> CountAsync(NavCount count, int agency) => count switch
    {
        NavCount.WorkWaiting => queue.CountAsync(HttpContext.User, HttpContext.RequestAborted),
        NavCount.ReferralsWaiting => cache.GetAsync(new CountOf(count, agency), () => db.Referrals.CountAsync(r => r.ReceivingAgencyId == agency && r.State == ReferralState.Sent)),
        _ => cache.GetAsync(new CountOf(count, agency), () => db.Notifications.CountAsync(n => n.AgencyId == agency && n.ReadAt == null)),
    };
}
