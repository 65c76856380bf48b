using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Shared;

/// <summary>A link of the main menu and the policy a user must meet to see it (null: any signed-in user).</summary>
public sealed record NavItem(string Text, string Controller, string Action, string? Policy);

/// <summary>
/// The main menu, in one list. Each user sees the items whose policy they meet; the pages behind them
/// check the same policies on the server, so the menu only mirrors what the server allows.
/// </summary>
public sealed class MainNavigationViewComponent(IAuthorizationService authorization) : ViewComponent
{
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("Home", "Home", "Index", null),
        new("Cases", "Cases", "Index", Policies.CaseWork),
        new("Duplicates", "Cases", "Duplicates", Policies.Coordination),
        new("Audit trail", "Audit", "Index", Policies.Coordination),
        new("Institutions", "Agencies", "Index", null),
        new("Users", "Users", "Index", Policies.Administration),
    ];

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<NavItem>();
        foreach (var item in Items)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(HttpContext.User, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return View("~/Features/Shared/MainNavigation.cshtml", visible);
    }
}
