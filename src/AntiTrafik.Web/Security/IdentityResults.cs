using Microsoft.AspNetCore.Identity;

namespace AntiTrafik.Web.Security;

public static class IdentityResults
{
    /// <summary>
    /// For Identity calls that fail only when something is wrong with the portal itself (not with what a person
    /// typed): stops with the error codes, which name no person.
    /// </summary>
    public static void ThrowIfFailed(this IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what} failed: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
