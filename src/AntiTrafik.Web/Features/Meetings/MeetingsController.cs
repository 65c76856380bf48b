using System.Text;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Calendar;
using AntiTrafik.Web.Features.Drafts;
using AntiTrafik.Web.Infrastructure.Commands;
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

    [HttpPost("New"), Authorize(Policies.MeetingRecordKeeping), Draft(DraftKinds.Keys.MeetingNew)]
    public Task<IActionResult> New(Edit.Form form)
    {
        form.Id = null;
        return SaveAsync(form);
    }

    [HttpGet("{id:int}/Edit"), Authorize(Policies.MeetingRecordKeeping)]
    public async Task<IActionResult> Edit(int id) =>
        await edit.LoadAsync(id) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}/Edit"), Authorize(Policies.MeetingRecordKeeping), Draft(DraftKinds.Keys.MeetingEdit)]
    public Task<IActionResult> Edit(int id, Edit.Form form)
    {
        form.Id = id;
        return SaveAsync(form);
    }

    [HttpPost("{id:int}/Minutes"), Authorize(Policies.MeetingRecordKeeping), Draft(DraftKinds.Keys.Minutes)]
    public Task<IActionResult> SaveMinutes(int id, Minutes.Form form) => Change(id, minutes.SaveMinutesAsync(id, form, User, ModelState.IsValid));

    [HttpPost("{id:int}/Actions"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> AddAction(int id, Minutes.ActionForm form) => Change(id, minutes.AddActionAsync(id, form, User, ModelState.IsValid));

    [HttpPost("{id:int}/Cases"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> LinkCase(int id, Minutes.CaseLinkForm form) => Change(id, minutes.LinkCaseAsync(id, form, User, ModelState.IsValid));

    [HttpPost("{id:int}/State/{next}"), Authorize(Policies.MeetingRecordKeeping)]
    public Task<IActionResult> Move(int id, MeetingState next, int version) => Change(id, minutes.MoveAsync(id, next, version, User, ModelState.IsValid));

    /// <summary>The responsible agency reports on its action (from "my agency's actions" or the meeting page).</summary>
    [HttpPost("Actions/{actionId:int}")]
    public async Task<IActionResult> UpdateAction(int actionId, Minutes.ActionStateForm form, string? returnTo)
    {
        // An invalid form goes back to the list of actions, with its messages.
        var result = ModelState.IsValid ? await minutes.UpdateActionAsync(actionId, form, User) : CommandResult.Invalid();
        return this.RespondOnPage(result,
            meetingId => ModelState.IsValid && returnTo == "meeting" ? RedirectToAction(nameof(Details), new { id = meetingId }) : RedirectToAction(nameof(MyActions)),
            l["The changes are saved."]);
    }

    private async Task<IActionResult> SaveAsync(Edit.Form form)
    {
        if (form.AddRow)
        {
            // "Add another row" without script: the same form with one more empty row, nothing saved, nothing complained of yet.
            ModelState.Clear();
            return View("Edit", await edit.ChoicesAsync(form));
        }

        var result = ModelState.IsValid ? await edit.SaveAsync(form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, id => RedirectToAction(nameof(Details), new { id }),
            async () => View("Edit", await edit.ChoicesAsync(form)), l["The changes are saved."]);
    }

    /// <summary>On refusal the meeting page comes back with the message and with what was typed (read from the posted form).</summary>
    private async Task<IActionResult> Change(int id, Task<CommandResult> change) =>
        await this.RespondAsync(await change, () => RedirectToAction(nameof(Details), new { id }),
            async () => View(nameof(Details), await details.LoadAsync(id, User)), l["The changes are saved."]);

}
