namespace AntiTrafik.Web.Security;

/// <summary>What <see cref="CaseGate.OpenAsync"/> found: the case open to the operation, no such case in the user's scope (404), or not this operation (403).</summary>
public enum CaseAccessOutcome
{
    Allowed,
    NotFound,
    Forbidden,
}
