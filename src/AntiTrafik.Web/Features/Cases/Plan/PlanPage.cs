using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases.Plan;

/// <summary>
/// The case's assistance plan as its reader may see it: the institutions working on the case read its words; the
/// coordinator's office sees its shape (areas, levels, who is responsible, dates and approvals) without them.
/// Services delivered under the case's referrals since the plan was written count toward the goals they serve.
/// </summary>
public static class PlanPage
{
    public sealed record NeedView(NeedArea Area, NeedLevel Level, string? Note);

    public sealed record GoalView(int Id, NeedArea Area, string? Text, string Responsible, DateOnly DueOn, ReferralServices Services,
        GoalStatus Status, int Delivered, bool IsLate);

    public sealed record ReviewView(int Number, DateOnly ReviewedOn, string? Progress, string WrittenBy, string WrittenById,
        ApprovalState State, string? ApprovedBy, DateTime? ApprovedAt);

    public sealed record PlanView(
        bool AgreedWithPerson, string? PersonViews, int ReviewEveryMonths, ApprovalState State,
        string? SubmittedBy, string? SubmittedById, DateTime? SubmittedAt, string? ApprovedBy, DateTime? ApprovedAt,
        DateOnly? NextReviewDue, bool ReviewIsLate, IReadOnlyList<NeedView> Needs, IReadOnlyList<GoalView> Goals, IReadOnlyList<ReviewView> Reviews)
    {
        /// <summary>The review sent for approval, if one is.</summary>
        public ReviewView? Waiting => Reviews.FirstOrDefault(r => r.State == ApprovalState.Submitted);
    }

    /// <param name="ShowsText">The reader works on the case and reads the plan's words.</param>
    public sealed record Model(Details.Model Case, PlanView? Plan, bool CanWrite, bool CanApprove, bool ShowsText, string UserId)
    {
        /// <summary>A supervisor may approve what someone else sent: never their own work.</summary>
        public bool MayApprovePlan => CanApprove && Plan is { State: ApprovalState.Submitted } p && p.SubmittedById != UserId;

        public bool MayApproveReview => CanApprove && Plan?.Waiting is { } r && r.WrittenById != UserId;
    }

    public sealed class Handler(AppDbContext db, Details.Handler details, PersonalDataProtector protector, ReferenceNames names, TimeProvider clock)
    {
        public async Task<Model?> LoadAsync(int caseId, ClaimsPrincipal user)
        {
            var @case = await details.LoadAsync(caseId, user);
            if (@case is null)
            {
                return null;
            }

            var shows = @case.Can.ReadIdentity;
            var plan = await db.AssistancePlans.AsNoTracking().AsSplitQuery()
                .Include(p => p.Needs).Include(p => p.Goals).Include(p => p.Reviews)
                .SingleOrDefaultAsync(p => p.CaseId == caseId);
            var userId = user.GetUserId() ?? string.Empty;
            var canWrite = @case.Can.Edit && !@case.Case.IsClosed;
            var canApprove = @case.Can.ApprovePlan && !@case.Case.IsClosed;
            if (plan is null)
            {
                return new Model(@case, null, canWrite, canApprove, shows, userId);
            }

            var directory = await names.GetAsync();
            var today = PortalTime.Today(clock);
            var since = DateOnly.FromDateTime(plan.CreatedAt);
            var deliveries = @case.Referrals.SelectMany(r => r.Deliveries).Where(d => d.DeliveredOn >= since).ToList();
            string? Open(string? sealedText) => shows ? protector.Unseal(sealedText) : null;
            string? UserName(string? id) => id is null ? null : directory.User(id);

            var view = new PlanView(
                plan.AgreedWithPerson, Open(plan.ProtectedPersonViews), plan.ReviewEveryMonths, plan.State,
                UserName(plan.SubmittedById), plan.SubmittedById, plan.SubmittedAt, UserName(plan.ApprovedById), plan.ApprovedAt,
                plan.NextReviewDue, plan.NextReviewDue < today,
                plan.Needs.OrderBy(n => n.Area).Select(n => new NeedView(n.Area, n.Level, Open(n.ProtectedNote))).ToList(),
                plan.Goals.OrderBy(g => g.DueOn).ThenBy(g => g.Id)
                    .Select(g => new GoalView(g.Id, g.Area, Open(g.ProtectedText), directory.Agency(g.ResponsibleAgencyId), g.DueOn, g.Services, g.Status,
                        deliveries.Count(d => (d.Service & g.Services) != ReferralServices.None), g.Status == GoalStatus.Open && g.DueOn < today))
                    .ToList(),
                plan.Reviews.OrderByDescending(r => r.Number)
                    .Select(r => new ReviewView(r.Number, r.ReviewedOn, Open(r.ProtectedProgress), UserName(r.WrittenById)!, r.WrittenById,
                        r.State, UserName(r.ApprovedById), r.ApprovedAt))
                    .ToList());
            return new Model(@case, view, canWrite, canApprove, shows, userId);
        }
    }
}
