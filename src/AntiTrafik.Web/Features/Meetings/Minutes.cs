using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Meetings;

/// <summary>
/// Writing the minutes item by item, the actions agencies must take, the cases the Responsible Authority
/// discussed, and moving the meeting through its states. Every change asks the meeting first: approved
/// minutes change only as an amendment with a reason.
/// </summary>
public static class Minutes
{
    public sealed class ItemForm
    {
        public int? Id { get; set; }
        [Display(Name = "Agenda item")] public string? Title { get; set; }
        [Display(Name = "Minutes")] public string? Minutes { get; set; }
        [Display(Name = "Decisions")] public string? Decisions { get; set; }
    }

    public sealed class Form
    {
        public List<ItemForm> Items { get; set; } = [];
        public int Version { get; set; }
        [Display(Name = "Reason for the amendment")] public string? AmendmentReason { get; set; }
    }

    public sealed class ActionForm
    {
        [Display(Name = "Action")] public string? Description { get; set; }
        [Display(Name = "Responsible institution")] public int? ResponsibleAgencyId { get; set; }
        [Display(Name = "Due date")] public DateOnly? DueOn { get; set; }
        [Display(Name = "Reason for the amendment")] public string? AmendmentReason { get; set; }
    }

    public sealed class ActionStateForm
    {
        [Display(Name = "State")] public ActionState? State { get; set; }
        [Display(Name = "Note")] public string? Note { get; set; }
        public int Version { get; set; }
    }

    public sealed class CaseLinkForm
    {
        [Display(Name = "Case number")] public string? CaseNumber { get; set; }
        [Display(Name = "Decision on the case")] public string? Decision { get; set; }
        [Display(Name = "Reason for the amendment")] public string? AmendmentReason { get; set; }
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator()
        {
            RuleForEach(f => f.Items).ChildRules(item =>
            {
                item.RuleFor(i => i.Title).MaximumLength(300);
                item.RuleFor(i => i.Title).NotEmpty().When(i => !string.IsNullOrWhiteSpace(i.Minutes) || !string.IsNullOrWhiteSpace(i.Decisions));
                item.RuleFor(i => i.Minutes).MaximumLength(16000);
                item.RuleFor(i => i.Decisions).MaximumLength(8000);
            });
            RuleFor(f => f.AmendmentReason).MaximumLength(1000);
        }
    }

    public sealed class ActionValidator : AbstractValidator<ActionForm>
    {
        public ActionValidator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Description).NotEmpty().MaximumLength(1000);
            RuleFor(f => f.ResponsibleAgencyId).NotNull()
                .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive, ct)).WithMessage(_ => l["Choose an active institution."]);
            RuleFor(f => f.DueOn).NotNull().Plausible(DateKind.Deadline, clock, l);
            RuleFor(f => f.AmendmentReason).MaximumLength(1000);
        }
    }

    public sealed class ActionStateValidator : AbstractValidator<ActionStateForm>
    {
        public ActionStateValidator()
        {
            RuleFor(f => f.State).NotNull().IsInEnum();
            RuleFor(f => f.Note).MaximumLength(2000);
        }
    }

    public sealed class CaseLinkValidator : AbstractValidator<CaseLinkForm>
    {
        public CaseLinkValidator()
        {
            RuleFor(f => f.CaseNumber).NotEmpty().MaximumLength(Case.NumberMaxLength);
            RuleFor(f => f.Decision).NotEmpty().MaximumLength(4000);
        }
    }

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, IAuthorizationService authorization, AuditTrail audit, Notifier notifier,
        TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        public Task<CommandResult> SaveMinutesAsync(int id, Form form, ClaimsPrincipal user, bool formIsValid = true) =>
            ChangeAsync(id, formIsValid, form.Version, form.AmendmentReason, "Minutes", user, meeting =>
            {
                var order = 1;
                foreach (var item in form.Items)
                {
                    var existing = item.Id is { } itemId ? meeting.Agenda.SingleOrDefault(a => a.Id == itemId) : null;
                    if (string.IsNullOrWhiteSpace(item.Title))
                    {
                        if (existing is not null)
                        {
                            meeting.Agenda.Remove(existing);
                        }

                        continue;
                    }

                    existing ??= AddItem(meeting);
                    existing.Order = order++;
                    existing.Title = item.Title.Trim();
                    existing.Minutes = Blank(item.Minutes);
                    existing.Decisions = Blank(item.Decisions);
                }

                return null;
            });

        /// <summary>Adds an action to the minutes; the responsible institution is told (in the portal, and by e-mail as each of its people chose).</summary>
        public async Task<CommandResult> AddActionAsync(int id, ActionForm form, ClaimsPrincipal user, bool formIsValid = true)
        {
            Notification? told = null;
            var result = await ChangeAsync(id, formIsValid, null, form.AmendmentReason, "Actions", user, meeting =>
            {
                meeting.Actions.Add(new ActionItem { Description = form.Description!.Trim(), ResponsibleAgencyId = form.ResponsibleAgencyId!.Value, DueOn = form.DueOn!.Value });
                told = notifier.AddAboutMeeting(form.ResponsibleAgencyId.Value, NotificationKind.MeetingAction, meeting.Id, meeting.Title);
                return null;
            });
            if (result.IsDone && told is not null)
            {
                await notifier.SendEmailsAsync([told]);
            }

            return result;
        }

        /// <summary>
        /// Records the Responsible Authority's decision on a case (sealed, on the meeting and on the case's timeline), and
        /// tells the institutions that hold the case (its lead and both sides of the joint interview): the kind and the
        /// case number only, never the decision.
        /// </summary>
        public async Task<CommandResult> LinkCaseAsync(int id, CaseLinkForm form, ClaimsPrincipal user, bool formIsValid = true)
        {
            var number = form.CaseNumber?.Trim().ToUpperInvariant();
            // The secretary links by number; the case itself stays out of their reach (nothing of it is shown to them).
            var @case = formIsValid && number is not null ? await db.Cases.SingleOrDefaultAsync(c => c.Number == number) : null;
            var told = new List<Notification>();
            var result = await ChangeAsync(id, formIsValid, null, form.AmendmentReason, "Cases", user, meeting =>
            {
                if (meeting.Kind != MeetingKind.ResponsibleAuthority)
                {
                    return l["Only Responsible Authority meetings discuss concrete cases."];
                }

                if (@case is null)
                {
                    return l["No case has this number."];
                }

                if (meeting.CaseLinks.Any(c => c.CaseId == @case.Id))
                {
                    return l["This case is already linked to the meeting."];
                }

                var decision = protector.Seal(form.Decision);
                meeting.CaseLinks.Add(new MeetingCaseLink { CaseId = @case.Id, ProtectedDecision = decision.Ciphertext! });
                @case.RecordOnTimeline(CaseEventKind.ResponsibleAuthorityDecision, user.FindFirstValue(PortalClaims.UserId)!, user.GetAgencyId()!.Value,
                    clock.GetUtcNow().UtcDateTime, decision);
                told.AddRange(new[] { @case.LeadAgencyId, @case.PoliceAgencyId, @case.SocialServiceAgencyId }.Distinct()
                    .Select(agency => notifier.Add(agency, NotificationKind.ResponsibleAuthorityDecision, @case.Id, @case.Number, referralId: null, meeting.Id)));
                return null;
            });
            if (result.IsDone)
            {
                await notifier.SendEmailsAsync(told);
            }

            return result;
        }

        public Task<CommandResult> MoveAsync(int id, MeetingState next, int version, ClaimsPrincipal user, bool formIsValid = true) =>
            ChangeAsync(id, formIsValid, version, null, "State", user, meeting =>
            {
                var result = meeting.MoveTo(next, clock.GetUtcNow().UtcDateTime);
                return result.Succeeded ? null : MeetingRuleMessages.For(result.Broken!.Value, l);
            }, askMeeting: false);

        /// <summary>The responsible agency (or the minutes' keepers) report progress on an action.</summary>
        /// <returns>The result with the action's meeting (unless the action is not found).</returns>
        public async Task<CommandResult<int>> UpdateActionAsync(int actionId, ActionStateForm form, ClaimsPrincipal user)
        {
            var action = await db.ActionItems.SingleOrDefaultAsync(a => a.Id == actionId);
            if (action is null
                || !(await authorization.AuthorizeAsync(user, MeetingAccessFacts.Action(action.ResponsibleAgencyId), MeetingOperations.UpdateAction)).Succeeded)
            {
                return CommandResult.NotFound();
            }

            db.Entry(action).Property(a => a.Version).OriginalValue = form.Version;
            action.State = form.State!.Value;
            action.Note = Blank(form.Note);
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused.With(action.MeetingId);
            }

            await audit.RecordAsync(AuditAction.Update, nameof(ActionItem), action.Id, "State,Note", user);
            return CommandResult.Done(action.MeetingId);
        }

        /// <param name="change">Makes the change, or says why the meeting refuses it.</param>
        private async Task<CommandResult> ChangeAsync(int id, bool formIsValid, int? version, string? amendmentReason, string changes, ClaimsPrincipal user,
            Func<Meeting, string?> change, bool askMeeting = true)
        {
            var meeting = await db.Meetings.Include(m => m.Agenda).Include(m => m.Actions).Include(m => m.CaseLinks).SingleOrDefaultAsync(m => m.Id == id);
            if (meeting is null)
            {
                return CommandResult.NotFound();
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            if (version is { } v)
            {
                db.Entry(meeting).Property(m => m.Version).OriginalValue = v;
            }

            if (askMeeting)
            {
                var allowed = meeting.AllowChange(amendmentReason, changes, user.FindFirstValue(PortalClaims.UserId)!, clock.GetUtcNow().UtcDateTime);
                if (!allowed.Succeeded)
                {
                    return CommandResult.Refused(MeetingRuleMessages.For(allowed.Broken!.Value, l));
                }
            }

            if (change(meeting) is { } problem)
            {
                return CommandResult.Refused(problem);
            }

            // A change to the minutes is a change to the meeting: raise its version so stale forms conflict.
            db.Entry(meeting).State = EntityState.Modified;
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Meeting), meeting.Id, changes, user);
            return CommandResult.Done();
        }

        private static AgendaItem AddItem(Meeting meeting)
        {
            var item = new AgendaItem();
            meeting.Agenda.Add(item);
            return item;
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
