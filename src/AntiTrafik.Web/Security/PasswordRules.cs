using FluentValidation;

namespace AntiTrafik.Web.Security;

/// <summary>
/// What a form checks of a new password before Identity's rules (length, kinds of character, common words) and
/// <see cref="CommonPasswordValidator"/> judge it: one rule for the set-password link and the password change.
/// </summary>
public static class PasswordRules
{
    /// <summary>Long passphrases are welcome; beyond this the hashing is only made to work for nothing.</summary>
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(MaxLength);
}
