using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Trainings;

/// <summary>Reading trainings, programmes and awareness activities. Participant totals are always computed from the rows.</summary>
public static class Queries
{
    public sealed record TrainingRow(int Id, string Title, TrainingKind Kind, DateOnly StartsOn, DateOnly EndsOn, string? Place, ActivityState State, int Participants, string? Programme, bool NotForPublication);

    public sealed record ActivityRow(int Id, string Title, DateOnly StartsOn, DateOnly EndsOn, string? Place, int? AudienceReached, bool NotForPublication);

    public sealed record CountyProgress(string County, IReadOnlyList<TrainingRow> Trainings, int Reached);

    public sealed record ProgrammeModel(Programme Programme, IReadOnlyList<CountyProgress> Counties, int Reached, int Held, int Planned)
    {
        public int Percent => Programme.TargetParticipants == 0 ? 0 : (int)Math.Round(100.0 * Reached / Programme.TargetParticipants);
    }

    /// <summary>What the reader may do from the overview.</summary>
    /// <param name="Record">Record a training or an activity (the policy of the pages it leads to).</param>
    /// <param name="Edit">Edit an activity.</param>
    /// <param name="DecidePublication">Keep a training or activity out of the bulletin, or put it back.</param>
    public sealed record OverviewPermissions(bool Record, bool Edit, bool DecidePublication);

    public sealed record Overview(IReadOnlyList<TrainingRow> Trainings, IReadOnlyList<ActivityRow> Activities, IReadOnlyList<Programme> Programmes,
        OverviewPermissions Can);

    /// <param name="CanEdit">Whether the reader may edit the training and add or remove its files.</param>
    public sealed record TrainingPage(Training Training, bool CanEdit);

    public sealed class Handler(AppDbContext db, IAuthorizationService authorization)
    {
        public async Task<Overview> OverviewAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var trainings = await TrainingRows(db.Trainings.OrderByDescending(t => t.StartsOn).Take(300)).ToListAsync(cancellationToken);
            var activities = await db.AwarenessActivities.AsNoTracking().OrderByDescending(a => a.StartsOn).Take(300)
                .Select(a => new ActivityRow(a.Id, a.Title, a.StartsOn, a.EndsOn, a.City, a.AudienceReached, a.NotForPublication))
                .ToListAsync(cancellationToken);
            var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Title).ToListAsync(cancellationToken);
            var can = new OverviewPermissions(
                (await authorization.AuthorizeAsync(user, Policies.Coordination)).Succeeded,
                (await authorization.AuthorizeAsync(user, TrainingAccessFacts.Any, TrainingOperations.Edit)).Succeeded,
                (await authorization.AuthorizeAsync(user, TrainingAccessFacts.Any, TrainingOperations.DecidePublication)).Succeeded);
            return new Overview(trainings, activities, programmes, can);
        }

        public async Task<TrainingPage?> TrainingAsync(int id, ClaimsPrincipal user)
        {
            var training = await db.Trainings.AsNoTracking().AsSplitQuery()
                .Include(t => t.Counts).ThenInclude(c => c.Agency).Include(t => t.Participants).Include(t => t.MaterialFiles)
                .Include(t => t.County).Include(t => t.OrganiserAgency).Include(t => t.Programme)
                .SingleOrDefaultAsync(t => t.Id == id);
            return training is null
                ? null
                : new TrainingPage(training, (await authorization.AuthorizeAsync(user, TrainingAccessFacts.Any, TrainingOperations.Edit)).Succeeded);
        }

        /// <summary>Per county: the trainings planned or held and the people reached; overall progress against the target.</summary>
        public async Task<ProgrammeModel?> ProgrammeAsync(int id, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (programme is null)
            {
                return null;
            }

            var rows = await TrainingRows(db.Trainings.Where(t => t.ProgrammeId == id).OrderBy(t => t.StartsOn)).ToListAsync(cancellationToken);
            var counties = await db.Trainings.AsNoTracking().Where(t => t.ProgrammeId == id).Select(t => new { t.Id, County = t.County!.Name }).ToListAsync(cancellationToken);
            var countyOf = counties.ToDictionary(c => c.Id, c => c.County ?? "—");
            var byCounty = rows.GroupBy(r => countyOf[r.Id], StringComparer.Ordinal).OrderBy(g => g.Min(r => r.StartsOn))
                .Select(g => new CountyProgress(g.Key, g.ToList(), g.Where(r => r.State == ActivityState.Held).Sum(r => r.Participants)))
                .ToList();
            return new ProgrammeModel(programme, byCounty, byCounty.Sum(c => c.Reached),
                rows.Count(r => r.State == ActivityState.Held), rows.Count(r => r.State == ActivityState.Planned));
        }

        /// <summary>Projects already ordered trainings (EF cannot order by a constructed row).</summary>
        private static IQueryable<TrainingRow> TrainingRows(IQueryable<Training> trainings) =>
            trainings.AsNoTracking().Select(t => new TrainingRow(t.Id, t.Title, t.Kind, t.StartsOn, t.EndsOn, t.City, t.State,
                t.Participants.Count + t.Counts.Sum(c => c.Women + c.Men + c.Unspecified), t.Programme!.Title, t.NotForPublication));
    }
}
