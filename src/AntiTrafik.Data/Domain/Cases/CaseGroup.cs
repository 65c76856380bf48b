namespace AntiTrafik.Domain.Cases;

/// <summary>
/// The victims of one trafficking case (one criminal group, one operation): their cases form a group, so the national
/// figures count the group once and each person once. The police and the coordinator's office keep groups; the group's
/// reference (an operation's name, a file) is encrypted.
/// </summary>
public sealed class CaseGroup : IAuditable
{
    public int Id { get; private set; }
    public string ProtectedReference { get; private set; } = string.Empty;
    public int CreatedByAgencyId { get; private set; }

    public List<CaseGroupMember> Members { get; private set; } = [];
    public List<PersonOfInterest> PersonsOfInterest { get; private set; } = [];

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private CaseGroup()
    {
    }

    public static CaseGroup Start(string protectedReference, int agencyId, int firstCaseId)
    {
        var group = new CaseGroup { ProtectedReference = protectedReference, CreatedByAgencyId = agencyId };
        group.Members.Add(new CaseGroupMember(firstCaseId));
        return group;
    }

    /// <returns>False when the case is in the group already.</returns>
    public bool Add(int caseId)
    {
        if (Members.Any(m => m.CaseId == caseId))
        {
            return false;
        }

        Members.Add(new CaseGroupMember(caseId));
        return true;
    }
}

public sealed class CaseGroupMember
{
    public int GroupId { get; private set; }
    public int CaseId { get; private set; }

    private CaseGroupMember()
    {
    }

    public CaseGroupMember(int caseId) => CaseId = caseId;
}

/// <summary>A suspected trafficker the police recorded for a group: everything about them encrypted, seen by the police and the coordinator's office only.</summary>
public sealed class PersonOfInterest : IAuditable
{
    public int Id { get; private set; }
    public int GroupId { get; private set; }

    /// <summary>Name, aliases and what is known, encrypted as one text.</summary>
    public string ProtectedDescription { get; private set; } = string.Empty;

    public int RecordedByAgencyId { get; private set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private PersonOfInterest()
    {
    }

    public PersonOfInterest(string protectedDescription, int agencyId)
    {
        ProtectedDescription = protectedDescription;
        RecordedByAgencyId = agencyId;
    }
}
