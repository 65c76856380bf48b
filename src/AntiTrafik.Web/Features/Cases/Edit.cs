using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
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
        public async Task<CommandResult<CaseForm>> LoadAsync(int id, ClaimsPrincipal user)
        {
            var (@case, result) = await EditableAsync(id, user);
            if (@case is null)
            {
                return result;
            }

            // The form shows the identity: a look at the case like its page.
            await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, user);
            return CommandResult.Done(CaseForm.From(@case, protector.Unprotect(@case.ProtectedIdentity)));
        }

        private async Task<(Case? Case, CommandResult Result)> EditableAsync(int id, ClaimsPrincipal user)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user), id, user, CaseOperations.Edit);
            return @case is null ? (null, Actions.Refusal(access)) : (@case, CommandResult.Done());
        }

        /// <summary>Saves the form over the case if the user may edit it; a refusal keeps what was typed.</summary>
        /// <param name="formIsValid">False when the form has errors: the access check still runs first, so only someone
        /// who may edit the case is shown the form again (<see cref="CommandStatus.Invalid"/>).</param>
        public async Task<CommandResult> SaveAsync(int id, CaseForm form, ClaimsPrincipal user, bool formIsValid = true)
        {
            var (@case, allowed) = await EditableAsync(id, user);
            if (@case is null)
            {
                return allowed;
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
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
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (changed.Count == 0)
            {
                return CommandResult.Done();
            }

            @case.Touch(user.FindFirstValue(PortalClaims.UserId)!, user.GetAgencyId()!.Value, clock.GetUtcNow().UtcDateTime);
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Case), @case.Id, string.Join(',', changed), user);
            return CommandResult.Done();
        }
    }
}
