using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>What may be asked of <see cref="TrainingAuthorizationHandler"/> about a training or an awareness activity.</summary>
public static class TrainingOperations
{
    /// <summary>Edit a training or an awareness activity, and add or remove a training's material files.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Keep a training or activity out of the information bulletin, or put it back.</summary>
    public static readonly OperationAuthorizationRequirement DecidePublication = new() { Name = nameof(DecidePublication) };
}
