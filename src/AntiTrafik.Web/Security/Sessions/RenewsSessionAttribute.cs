namespace AntiTrafik.Web.Security.Sessions;

/// <summary>
/// A request to this action is a sign that the person is at work (a draft saved while they type): their session's
/// 30 minutes start again, as with "Stay signed in" (see the cookie's validation in <see cref="IdentitySetup"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RenewsSessionAttribute : Attribute;
