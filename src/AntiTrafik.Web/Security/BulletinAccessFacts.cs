namespace AntiTrafik.Web.Security;

/// <summary>What the authorization handler needs to know about a bulletin the user already sees.</summary>
public sealed record BulletinAccessFacts(bool IsIssued);
