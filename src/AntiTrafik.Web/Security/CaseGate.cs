using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Security;

/// <summary>
/// The one way a use case opens a case to change it: found through the user's scope (otherwise 404), then
/// the operation asked of the authorization handler (otherwise 403).
/// </summary>
public static class CaseGate
{
    /// <param name="cases">The user's visible cases, with whatever the use case needs included.</param>
    public static async Task<(Case? Case, CaseAccessOutcome Outcome)> OpenAsync(this IAuthorizationService authorization, AppDbContext db,
        IQueryable<Case> cases, int id, ClaimsPrincipal user, OperationAuthorizationRequirement operation)
    {
        var @case = await cases.SingleOrDefaultAsync(c => c.Id == id);
        if (@case is null)
        {
            return (null, CaseAccessOutcome.NotFound);
        }

        var facts = await CaseAccessFacts.ForAsync(db, @case);
        return (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded
            ? (@case, CaseAccessOutcome.Allowed)
            : (null, CaseAccessOutcome.Forbidden);
    }
}
