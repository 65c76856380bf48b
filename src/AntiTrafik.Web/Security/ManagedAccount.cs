namespace AntiTrafik.Web.Security;

/// <summary>A user account as the authorization handler needs to see it.</summary>
public sealed record ManagedAccount(string UserId);
