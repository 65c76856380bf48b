namespace AntiTrafik.Web.Security;

/// <summary>
/// What the authorization handler needs to know about a meeting record: a meeting (today the same rules hold for
/// every meeting a person sees), or one action decided at a meeting, with the agency responsible for it.
/// </summary>
public sealed record MeetingAccessFacts(int? ResponsibleAgencyId)
{
    public static MeetingAccessFacts Meeting { get; } = new((int?)null);

    public static MeetingAccessFacts Action(int responsibleAgencyId) => new(responsibleAgencyId);
}
