using System.Security.Claims;
using AntiTrafik.Domain.Trainings;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Which bulletins a person sees: the coordinator's office all of them, drafts included; everyone else the issued
/// ones. Every bulletin read goes through <see cref="Visible"/>, so a draft is a 404 to anyone else.
/// </summary>
public static class BulletinScope
{
    public static IQueryable<Bulletin> Visible(this IQueryable<Bulletin> bulletins, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) ? bulletins : bulletins.Where(b => b.State == BulletinState.Issued);
}
