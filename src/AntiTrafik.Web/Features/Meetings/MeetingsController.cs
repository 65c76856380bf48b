using System.Text;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Calendar;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Meetings;

[Route("Meetings")]
public sealed class MeetingsController(Details.Handler details, Edit.Handler edit, Minutes.Handler minutes, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] Index.Query query, [FromServices] Index.Handler handler, [FromServices] TimeProvider clock, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(Features.Meetings.Index.Plausible(query, ModelState, clock, l), User, cancellationToken));

    [HttpGet("Actions")]
    public async Task<IActionResult> MyActions([FromServices] MyActions.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(User, cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) =>
        await details.LoadAsync(id, User) is { } model ? View(model) : NotFound();

    [HttpGet("{id:int}/Print")]
    public async Task<IActionResult> Print(int id) =>
        await details.LoadAsync(id, User) is { } model ? View(model) : NotFound();

    /// <summary>An iCalendar file so a planned meeting lands in people's calendars.</summary>
    [HttpGet("{id:int}/ics")]
    public async Task<IActionResult> Calendar(int id, [FromServices] TimeProvider clock)
    {
        if (await details.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        var m = model.Meeting;
        var text = ICalendar.Write(new CalendarEvent($"meeting-{m.Id}@antitrafik", clock.GetUtcNow().UtcDateTime, m.StartsAt, m.StartsAt.AddHours(2), m.Title,
            m.Venue is null && m.City is null ? null : string.Join(", ", new[] { m.Venue, m.City }.Where(x => x is not null))));
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"meeting-{m.Id}.ics");
    }

    [HttpGet("New"), Authorize(Policies.MeetingRecordKeeping)]
    public async Task<IActionResult> New([FromServices] TimeProvider clock) =>
        View("Edit", await edit.ChoicesAsync(new Edit.Form { StartsAt = PortalTime.Today(clock).AddDays(7).ToDateTime(new TimeOnly(10, 0)) }));

    [HttpPost("New"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> New(Edit.Form form)
    {
        form.Id = null;
        return SaveAsync(form);
    }

    [HttpGet("{id:int}/Edit"), Authorize(Policies.MeetingRecordKeeping)]
    public async Task<IActionResult> Edit(int id) =>
        await edit.LoadAsync(id) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}/Edit"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> Edit(int id, Edit.Form form)
    {
        form.Id = id;
        return SaveAsync(form);
    }

    [HttpPost("{id:int}/Minutes"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> SaveMinutes(int id, Minutes.Form form) => Change(id, () => minutes.SaveMinutesAsync(id, form, User));

    [HttpPost("{id:int}/Actions"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> AddAction(int id, Minutes.ActionForm form) => Change(id, () => minutes.AddActionAsync(id, form, User));

    [HttpPost("{id:int}/Cases"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> LinkCase(int id, Minutes.CaseLinkForm form) => Change(id, () => minutes.LinkCaseAsync(id, form, User));

    [HttpPost("{id:int}/State/{next}"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> Move(int id, MeetingState next, int version) => Change(id, () => minutes.MoveAsync(id, next, version, User));

    /// <summary>The responsible agency reports on its action (from "my agency's actions" or the meeting page).</summary>
    [HttpPost("Actions/{actionId:int}")]
    public async Task<IActionResult> UpdateAction(int actionId, Minutes.ActionStateForm form, string? returnTo)
    {
        if (!ModelState.IsValid)
        {
            TempData["Problem"] = ModelState.Messages();
            return RedirectToAction(nameof(MyActions));
        }

        var (found, problem, meetingId) = await minutes.UpdateActionAsync(actionId, form, User);
        if (!found)
        {
            return NotFound();
        }

        TempData[problem is null ? "Notice" : "Problem"] = problem ?? l["The changes are saved."].Value;
        return returnTo == "meeting" ? RedirectToAction(nameof(Details), new { id = meetingId }) : RedirectToAction(nameof(MyActions));
    }

    private async Task<IActionResult> SaveAsync(Edit.Form form)
    {
        if (ModelState.IsValid)
        {
            var (id, problem) = await edit.SaveAsync(form, User);
            if (id is not null)
            {
                TempData["Notice"] = l["The changes are saved."].Value;
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(string.Empty, problem!);
        }

        return View("Edit", await edit.ChoicesAsync(form));
    }

    /// <summary>On refusal the meeting page comes back with the message and with what was typed (read from the posted form).</summary>
    private async Task<IActionResult> Change(int id, Func<Task<string?>> change)
    {
        if (!await minutes.ExistsAsync(id))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var problem = await change();
            if (problem is null)
            {
                TempData["Notice"] = l["The changes are saved."].Value;
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(string.Empty, problem);
        }

        return View(nameof(Details), await details.LoadAsync(id, User));
    }

}
