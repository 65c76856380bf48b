namespace AntiTrafik.Web.Security;

/// <summary>How <see cref="CaseScope.Visible"/> writes its one rule for the database (both select the same cases).</summary>
public enum CaseScopeShape
{
    PerCase,
    IdSets,
}
