using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Security;

public static class IdentitySetup
{
    public static readonly TimeSpan PasswordLinkLifetime = TimeSpan.FromDays(3);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromMinutes(30);

    /// <summary>How long before the end of an unused session the page warns (<c>wwwroot/js/session.js</c>).</summary>
    public static readonly TimeSpan SessionWarning = TimeSpan.FromMinutes(2);

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();

        services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                // No lockout: anyone who knows an e-mail could keep its owner out. Guessing is slowed per account
                // and address instead (SignInGuard), see PortalUserManager.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<ProtectedUserStore>()
            .AddUserManager<PortalUserManager>()
            .AddDefaultTokenProviders()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<LocalizedIdentityErrors>();
        services.AddSingleton<SecondStepSecrets>();
        services.AddSingleton<Sessions.SignInSessionStore>();
        services.AddScoped<SignInGuard>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<Sessions.SignInSessionStore>((options, store) => options.SessionStore = store);

        // A passkey's answer names the page it was made on. Identity compares it with the request's Origin header,
        // which the portal's "Referrer-Policy: no-referrer" turns into "null" on a form post; it is compared instead
        // with the portal's own address as this request reached it (scheme from the named proxy, see Pipeline).
        services.Configure<IdentityPasskeyOptions>(o => o.ValidateOrigin = context =>
        {
            var request = context.HttpContext.Request;
            var own = $"{request.Scheme}://{request.Host.Value}";
            return ValueTask.FromResult(!context.CrossOrigin && string.Equals(context.Origin, own, StringComparison.OrdinalIgnoreCase));
        });

        // The set-password link is a password-reset token: it dies when used (the security stamp changes)
        // or after three days.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordLinkLifetime);
        // Sessions end at once when the stamp changes (SignInSessionStore); the check a minute later is a second net,
        // also for a role or institution changed by an administrator.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The check rebuilds the principal from the database; how the user signed in (with a second factor,
            // "amr: mfa") is not in the database, so it is carried over, or coordinators would be sent back to the
            // set-up page a minute after signing in.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst("amr") is { } amr && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim("amr", amr.Value))
                {
                    identity.AddClaim(new Claim("amr", amr.Value));
                }

                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "AntiTrafik.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // A shared office computer left signed in closes itself: 30 minutes without a request.
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            // A signed-in user who may not see a page gets 403 on that very URL, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToLogin = RedirectToLogin;
        });
        return services;
    }

    /// <summary>
    /// To the sign-in page, which then leads back to <c>ReturnUrl</c>. A form with a draft sent after the session ended
    /// comes back to the page of the form, not to the address it was sent to (which may have no page): after signing in
    /// the person finds the form again, filled from their draft. A page's script is answered 401 instead of a redirect.
    /// </summary>
    private static Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        var redirect = context.RedirectUri;
        if (HttpMethods.IsPost(request.Method) && Features.Drafts.DraftKinds.OfRequest(context.HttpContext) is { } draft)
        {
            redirect = request.PathBase + context.Options.LoginPath
                + QueryString.Create(context.Options.ReturnUrlParameter, request.PathBase + draft.Kind.PageOf(draft.Record));
        }

        if (string.Equals(request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal))
        {
            context.Response.Headers.Location = redirect;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            context.Response.Redirect(redirect);
        }

        return Task.CompletedTask;
    }

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization(Policies.Register);
        services.AddSingleton<IAuthorizationHandler, UserAccountAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, CaseDocumentAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, ReferralAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, MeetingAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, BulletinAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, TrainingAuthorizationHandler>();
        return services;
    }
}

/// <summary>
/// Identity's user manager without lockout: a wrong password or code never locks the real person out (anyone who
/// knows their e-mail could); <see cref="SignInGuard"/> slows the guesser instead.
/// </summary>
public sealed class PortalUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override bool SupportsUserLockout => false;
}

/// <summary>Refuses sign-in to disabled accounts and ends their sessions at the next stamp check.</summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}

/// <summary>Puts the user's agency and name into the sign-in cookie, so scoping needs no extra query.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var agencyName = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync();
        identity.AddClaim(new Claim(PortalClaims.AgencyId, user.AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PortalClaims.AgencyName, agencyName));
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        return identity;
    }
}

/// <summary>Identity's messages (password rules, duplicate e-mail, expired link) in the user's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public IdentityError CommonPassword() =>
        new() { Code = nameof(CommonPassword), Description = l["This password is too easy to guess: it is built on a common word or on your e-mail. Choose another."] };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = l["The password must have at least {0} characters.", length] };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = l["The password must contain a digit."] };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = l["The password must contain a lowercase letter."] };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = l["The password must contain an uppercase letter."] };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = l["The password must contain a symbol (for example ! or -)."] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = l["An account with this e-mail address already exists."] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = l["An account with this e-mail address already exists."] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = l["This is not a valid e-mail address."] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = l["This link has expired or has already been used. Ask the administrator for a new one."] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = l["Someone else changed this record while you were editing it. Reload and try again."] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = l["The change could not be saved."] };
}
