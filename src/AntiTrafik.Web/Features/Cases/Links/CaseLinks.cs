using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Links;

/// <summary>
/// Links between cases at /Cases/{id}/Links: the groups of victims of one trafficking case this case belongs to, and the
/// suspected traffickers recorded for them. A linked case appears by its number only to a reader who may see it;
/// anyone else reads "a linked case at another institution". Groups and persons of interest are kept by the police
/// and the coordinator's office (<see cref="MayKeep"/>); persons of interest are read by them alone.
/// </summary>
public static class CaseLinks
{
    /// <param name="Number">The other case's number, or null when the reader may not see it.</param>
    public sealed record MemberView(int? CaseId, string? Number, bool IsThisCase);

    public sealed record GroupView(int Id, string? Reference, IReadOnlyList<MemberView> Members, IReadOnlyList<string?> PersonsOfInterest, int PersonCount);

    public sealed record Model(Details.Model Case, IReadOnlyList<GroupView> Groups, bool CanKeep, bool SeesPersonsOfInterest);

    public sealed class GroupForm
    {
        [Display(Name = "Reference of the trafficking case")] public string? Reference { get; set; }
    }

    public sealed class MemberForm
    {
        [Display(Name = "Number of the case to add")] public string? Number { get; set; }
    }

    public sealed class PersonForm
    {
        [Display(Name = "Name, aliases and what is known")] public string? Description { get; set; }
    }

    public sealed class GroupValidator : AbstractValidator<GroupForm>
    {
        public GroupValidator() => RuleFor(f => f.Reference).NotEmpty().MaximumLength(200);
    }

    public sealed class MemberValidator : AbstractValidator<MemberForm>
    {
        public MemberValidator() => RuleFor(f => f.Number).NotEmpty().MaximumLength(Case.NumberMaxLength);
    }

    public sealed class PersonValidator : AbstractValidator<PersonForm>
    {
        public PersonValidator() => RuleFor(f => f.Description).NotEmpty().MaximumLength(4000);
    }

    /// <summary>The police (an institution of the police's kind) and the coordinator's office keep groups and persons of interest.</summary>
    public static bool MayKeep(ClaimsPrincipal user, ReferenceNames.Snapshot directory) =>
        user.IsInRole(Roles.Coordinator) || (user.IsCaseStaff() && directory.KindOf(user.GetAgencyId()) == AgencyKind.Police);

    public sealed class Handler(
        AppDbContext db,
        Details.Handler details,
        PersonalDataProtector protector,
        ReferenceNames names,
        AuditTrail audit,
        IStringLocalizer<SharedResource> l)
    {
        public async Task<Model?> LoadAsync(int caseId, ClaimsPrincipal user)
        {
            var @case = await details.LoadAsync(caseId, user);
            if (@case is null)
            {
                return null;
            }

            var directory = await names.GetAsync();
            var keeps = MayKeep(user, directory);
            var groups = await db.CaseGroups.AsNoTracking().AsSplitQuery()
                .Include(g => g.Members).Include(g => g.PersonsOfInterest)
                .Where(g => g.Members.Any(m => m.CaseId == caseId))
                .OrderBy(g => g.Id).ToListAsync();
            var memberIds = groups.SelectMany(g => g.Members).Select(m => m.CaseId).Distinct().ToList();
            // Which of the linked cases this reader sees, asked of the same scope as every list.
            var visible = await db.Visible(user).Where(c => memberIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Number }).ToDictionaryAsync(c => c.Id, c => c.Number);
            // The reference names an operation: like the persons of interest, it stays with those who keep the groups.
            return new Model(@case,
                groups.Select(g => new GroupView(g.Id, keeps ? protector.Unseal(g.ProtectedReference) : null,
                        g.Members.OrderBy(m => m.CaseId != caseId).ThenBy(m => m.CaseId)
                            .Select(m => visible.TryGetValue(m.CaseId, out var number) ? new MemberView(m.CaseId, number, m.CaseId == caseId) : new MemberView(null, null, false))
                            .ToList(),
                        keeps ? g.PersonsOfInterest.OrderBy(p => p.Id).Select(p => protector.Unseal(p.ProtectedDescription)).ToList() : [],
                        g.PersonsOfInterest.Count))
                    .ToList(),
                keeps && !@case.Case.IsClosed,
                keeps);
        }

        public Task<CommandResult> StartGroupAsync(int caseId, GroupForm form, ClaimsPrincipal user, bool formIsValid) =>
            KeepAsync(caseId, user, formIsValid, "CaseGroup", async () =>
            {
                db.CaseGroups.Add(CaseGroup.Start(protector.Seal(form.Reference).Ciphertext!, user.GetAgencyId()!.Value, caseId));
                return await Task.FromResult(CommandResult.Done());
            });

        public Task<CommandResult> AddMemberAsync(int caseId, int groupId, MemberForm form, ClaimsPrincipal user, bool formIsValid) =>
            KeepAsync(caseId, user, formIsValid, "CaseGroup", async () =>
            {
                var group = await db.CaseGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId && g.Members.Any(m => m.CaseId == caseId));
                if (group is null)
                {
                    return CommandResult.NotFound();
                }

                // Only a case the reader sees can be added: an unknown number and one out of scope get the same answer.
                var number = form.Number!.Trim();
                var other = await db.Visible(user).Where(c => c.Number == number).Select(c => (int?)c.Id).SingleOrDefaultAsync();
                if (other is null)
                {
                    return CommandResult.Invalid([new FieldError(nameof(MemberForm.Number), l["No case with this number that you can see."])]);
                }

                return group.Add(other.Value) ? CommandResult.Done() : CommandResult.Invalid([new FieldError(nameof(MemberForm.Number), l["That case is in the group already."])]);
            });

        public Task<CommandResult> AddPersonAsync(int caseId, int groupId, PersonForm form, ClaimsPrincipal user, bool formIsValid) =>
            KeepAsync(caseId, user, formIsValid, "PersonOfInterest", async () =>
            {
                var group = await db.CaseGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.Members.Any(m => m.CaseId == caseId));
                if (group is null)
                {
                    return CommandResult.NotFound();
                }

                group.PersonsOfInterest.Add(new PersonOfInterest(protector.Seal(form.Description).Ciphertext!, user.GetAgencyId()!.Value));
                return CommandResult.Done();
            });

        private async Task<CommandResult> KeepAsync(int caseId, ClaimsPrincipal user, bool formIsValid, string audited, Func<Task<CommandResult>> change)
        {
            if (!await db.Visible(user).AnyAsync(c => c.Id == caseId))
            {
                return CommandResult.NotFound();
            }

            if (!MayKeep(user, await names.GetAsync()))
            {
                return CommandResult.Forbidden();
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            if (await change() is { IsDone: false } refused)
            {
                return refused;
            }

            await db.SaveChangesAsync();
            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, audited, user);
            return CommandResult.Done();
        }
    }
}
