using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Links;

/// <summary>Links between cases: the section, starting a group, adding a case and a person of interest to it.</summary>
[Authorize(Policies.CaseWork)]
[Route("Cases/{id:int}/Links")]
public sealed class CaseLinksController(CaseLinks.Handler links, AuditTrail audit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        if (await links.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CasesController.CaseKey] = model.Case;
        return View(model);
    }

    [HttpPost("Groups")]
    public async Task<IActionResult> StartGroup(int id, CaseLinks.GroupForm form) =>
        await this.RespondAsync(await links.StartGroupAsync(id, form, User, ModelState.IsValid), () => Back(id), () => PageAsync(id),
            l["The group is started with this case."]);

    [HttpPost("Groups/{groupId:int}/Cases")]
    public async Task<IActionResult> AddMember(int id, int groupId, CaseLinks.MemberForm form) =>
        await this.RespondAsync(await links.AddMemberAsync(id, groupId, form, User, ModelState.IsValid), () => Back(id), () => PageAsync(id),
            l["The case is added to the group."]);

    [HttpPost("Groups/{groupId:int}/Persons")]
    public async Task<IActionResult> AddPerson(int id, int groupId, CaseLinks.PersonForm form) =>
        await this.RespondAsync(await links.AddPersonAsync(id, groupId, form, User, ModelState.IsValid), () => Back(id), () => PageAsync(id),
            l["The person of interest is recorded."]);

    private RedirectToActionResult Back(int id) => RedirectToAction(nameof(Index), new { id });

    private async Task<IActionResult> PageAsync(int id)
    {
        if (await links.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        ViewData[CasesController.CaseKey] = model.Case;
        return View(nameof(Index), model);
    }
}
