using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index() =>
        View(Roles.All.Where(User.IsInRole).ToList());
}
