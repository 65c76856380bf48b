using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>What may be asked of <see cref="BulletinAuthorizationHandler"/> about one bulletin.</summary>
public static class BulletinOperations
{
    /// <summary>Edit the texts, gather the items again from the records, issue it.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}
