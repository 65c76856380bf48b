namespace AntiTrafik.Web.Security;

/// <summary>
/// What the authorization handler needs to know about a training or an awareness activity: today nothing (the same
/// rules hold for every one), so <see cref="Any"/> stands for each; a rule that needs a fact adds it here.
/// </summary>
public sealed record TrainingAccessFacts
{
    public static TrainingAccessFacts Any { get; } = new();
}
