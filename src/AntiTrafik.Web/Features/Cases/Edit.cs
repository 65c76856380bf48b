using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>The lead agency corrects or completes a case. A save over a newer version is refused.</summary>
public static class Edit
{
    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, IAuthorizationService authorization, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        /// <summary>The audit trail names these "Identity": never which identifying field, never a value.</summary>
        private static readonly string[] IdentityColumns =
            [nameof(Case.ProtectedIdentity), nameof(Case.Initials), nameof(Case.NameHash), nameof(Case.PersonalNumberHash)];

        /// <summary>The form for a case the user may edit; otherwise why not (404 for a case they cannot see).</summary>
        public async Task<(CaseForm? Form, Actions.Result Result)> LoadAsync(int id, ClaimsPrincipal user)
        {
            var (@case, result) = await EditableAsync(id, user);
            if (@case is null)
            {
                return (null, result);
            }

            // The form shows the identity: a look at the case like its page.
            await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, user);
            return (CaseForm.From(@case, protector.Unprotect(@case.ProtectedIdentity)), result);
        }

        /// <summary>Whether the user may edit the case at all: the answer for an invalid form too.</summary>
        public async Task<Actions.Result> CheckAsync(int id, ClaimsPrincipal user) => (await EditableAsync(id, user)).Result;

        private async Task<(Case? Case, Actions.Result Result)> EditableAsync(int id, ClaimsPrincipal user)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user), id, user, CaseOperations.Edit);
            return @case is null ? (null, Actions.Result.Refused(access)) : (@case, Actions.Result.Done);
        }

        /// <summary>Saves the form over the case if the user may edit it; a refusal keeps what was typed.</summary>
        public async Task<Actions.Result> SaveAsync(int id, CaseForm form, ClaimsPrincipal user)
        {
            var (@case, allowed) = await EditableAsync(id, user);
            if (@case is null)
            {
                return allowed;
            }

            db.Entry(@case).Property(c => c.Version).OriginalValue = form.Version;
            var identityChanged = protector.Unprotect(@case.ProtectedIdentity) != form.Identity();
            form.ApplyTo(@case, protector);
            if (!identityChanged)
            {
                // Encrypting the same identity again gives new ciphertext; keep the stored one.
                foreach (var column in IdentityColumns)
                {
                    var property = db.Entry(@case).Property(column);
                    property.CurrentValue = property.OriginalValue;
                    property.IsModified = false;
                }
            }

            var changed = db.Entry(@case).Properties
                .Where(p => p.IsModified && p.Metadata.Name is not nameof(Case.Version))
                .Select(p => p.Metadata.Name switch
                {
                    var name when IdentityColumns.Contains(name) => "Identity",
                    var name => name,
                })
                .Distinct()
                .ToList();
            if (changed.Count == 0)
            {
                return Actions.Result.Done;
            }

            @case.Touch(user.FindFirstValue(PortalClaims.UserId)!, user.GetAgencyId()!.Value, clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Actions.Result(Actions.Outcome.Refused, l["Someone else changed this record while you were editing it. Reload and try again."]);
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Case), @case.Id, string.Join(',', changed), user);
            return Actions.Result.Done;
        }
    }
}
