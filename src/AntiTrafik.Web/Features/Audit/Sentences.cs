using System.Globalization;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Features.Cases.Documents;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Audit;

/// <summary>
/// An audit entry said as a sentence in the reader's language, from what the trail stores (the kind, the record and
/// its short note) and the names looked up for the page: who (name and institution), what happened, on which case
/// (its number, never its internal id), and for a reveal the reason that was given. Never a victim's name: the trail
/// holds none, and the only sealed text opened here is the coordinator's office's own reason for a reveal.
/// </summary>
public static class Sentences
{
    public static string Say(Index.Entry entry, Index.Facts facts, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(l);
        var who = facts.Actor(entry) ?? l["Someone"];
        return entry.EntityType switch
        {
            nameof(Case) => OnCase(entry, facts, who, l),
            nameof(Referral) => OnReferral(entry, facts, who, l),
            "User" => OnAccount(entry, facts, who, l),
            "Statistics" => OnStatistics(entry, who, l),
            "AuditTrail" => entry.Fields == "intact"
                ? l["{0} verified the audit trail: it is intact.", who]
                : l["{0} verified the audit trail: the chain breaks at entry {1}.", who, (entry.Fields ?? string.Empty).Replace("broken at ", string.Empty, StringComparison.Ordinal)],
            _ => OnOtherRecord(entry, facts, who, l),
        };
    }

    private static string OnCase(Index.Entry entry, Index.Facts facts, string who, IStringLocalizer l)
    {
        var ids = (entry.EntityId ?? string.Empty).Split('+');
        var number = Index.Facts.Number(ids[0]) is { } id ? facts.CaseNumber(id) ?? "—" : "—";
        return entry.Action switch
        {
            AuditAction.View => l["{0} opened case {1}.", who, number],
            AuditAction.Create => l["{0} registered case {1}.", who, number],
            AuditAction.RevealIdentity => facts.EventFor(entry, CaseEventKind.IdentityRevealed)?.Reason is { } reason
                ? l["{0} revealed the identity in case {1}. Reason given: “{2}”", who, number, reason]
                : l["{0} revealed the identity in case {1}.", who, number],
            AuditAction.Link => l["{0} linked cases {1} and {2} as one person.", who, number,
                ids.Length > 1 && Index.Facts.Number(ids[1]) is { } other ? facts.CaseNumber(other) ?? "—" : "—"],
            AuditAction.DuplicateWarning => l["{0} was told that case {1} looks like a record they cannot see.", who, number],
            AuditAction.Download => l["{0} downloaded a document of case {1} ({2}).", who, number, DocumentKindIn(entry.Fields, l) ?? "—"],
            AuditAction.Update when DocumentKindIn(entry.Fields, l) is { } kind => entry.Fields!.EndsWith(" removed", StringComparison.Ordinal)
                ? l["{0} removed a document from case {1} ({2}).", who, number, kind]
                : l["{0} added a document to case {1} ({2}).", who, number, kind],
            AuditAction.StatusChange => entry.Fields switch
            {
                "Assessment,Status" => l["{0} recorded an identification assessment in case {1}.", who, number],
                "Status,IdentificationRound" => l["{0} opened a reconsideration of case {1}.", who, number],
                _ => facts.EventFor(entry, CaseEventKind.Closed, CaseEventKind.Reopened)?.Kind switch
                {
                    CaseEventKind.Closed => l["{0} closed case {1}.", who, number],
                    CaseEventKind.Reopened => l["{0} reopened case {1}.", who, number],
                    _ => l["{0} changed the state of case {1}.", who, number],
                },
            },
            AuditAction.Update => entry.Fields switch
            {
                "Note" => l["{0} added a note to case {1}.", who, number],
                "Consent" => l["{0} recorded a consent in case {1}.", who, number],
                "Plan" => l["{0} wrote the assistance plan of case {1}.", who, number],
                "PlanSubmitted" => l["{0} sent the assistance plan of case {1} for approval.", who, number],
                "PlanApproved" => l["{0} approved the assistance plan of case {1}.", who, number],
                "PlanReview" => l["{0} recorded a review of the assistance plan of case {1}.", who, number],
                "PlanReviewApproved" => l["{0} approved a review of the assistance plan of case {1}.", who, number],
                "RiskAssessment" => l["{0} recorded a risk assessment in case {1}.", who, number],
                "Proceedings" => l["{0} recorded criminal proceedings in case {1}.", who, number],
                "Compensation" => l["{0} recorded a compensation claim in case {1}.", who, number],
                "NonPunishment" => l["{0} recorded an offence charged to the person in case {1}.", who, number],
                "ChildPathway" => l["{0} recorded the child's pathway in case {1}.", who, number],
                "CaseGroup" => l["{0} linked case {1} to a group of victims of one trafficking case.", who, number],
                "PersonOfInterest" => l["{0} recorded a person of interest for a group of case {1}.", who, number],
                "ProposedLeadAgency" => l["{0} offered the lead of case {1} to another institution.", who, number],
                "LeadAgency" => facts.EventFor(entry, CaseEventKind.LeadAccepted, CaseEventKind.LeadDeclined)?.Kind switch
                {
                    CaseEventKind.LeadAccepted => l["{0} accepted the lead of case {1}.", who, number],
                    CaseEventKind.LeadDeclined => l["{0} declined the lead of case {1}.", who, number],
                    _ => l["{0} answered the offer to lead case {1}.", who, number],
                },
                { Length: > 0 } fields => l["{0} changed case {1}: {2}.", who, number, CaseFields(fields, l)],
                _ => l["{0} changed case {1}.", who, number],
            },
            _ => Fallback(entry, who, number, l),
        };
    }

    /// <summary>The kind of a case's document in words, from an entry's note ("Document 12 MedicalReport added"); null for any other note.</summary>
    private static string? DocumentKindIn(string? fields, IStringLocalizer l) =>
        fields is not null && fields.StartsWith(DocumentNotes.Prefix, StringComparison.Ordinal)
        && fields.Split(' ') is [_, _, var kind, ..] && Enum.TryParse<DocumentKind>(kind, out var known)
            ? l["DocumentKind " + known].Value
            : null;

    /// <summary>The names of a case's changed fields, in words; an unknown name stays as stored.</summary>
    private static string CaseFields(string fields, IStringLocalizer l) =>
        string.Join(", ", fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(field => field switch
        {
            "Identity" or "Initials" or "NameHash" or "PersonalNumberHash" => l["identity"].Value,
            "Sex" => l["Changed field: sex"].Value,
            "DateOfBirth" or "EstimatedAge" or "AgeAtIdentification" or "BirthYear" or "IsMinor" => l["Changed field: age"].Value,
            "Citizenship" => l["Changed field: citizenship"].Value,
            "CountyId" or "MunicipalityId" => l["place of residence"].Value,
            "Languages" => l["Changed field: languages"].Value,
            "Disabilities" => l["Changed field: disabilities"].Value,
            "AccompanyingChildren" or "UnaccompaniedChild" => l["Changed field: accompanying children"].Value,
            "Forms" or "LabourSector" => l["Changed field: forms of exploitation"].Value,
            "Means" => l["Changed field: means of control"].Value,
            "IsCrossBorder" or "RecruitmentCountries" or "TransitCountries" or "ExploitationCountries" => l["countries of recruitment, transit and exploitation"].Value,
            "Channel" => l["how identified"].Value,
            "IdentifiedOn" => l["Changed field: date of identification"].Value,
            "PlaceOfIdentification" => l["Changed field: place of identification"].Value,
            _ => field,
        }).Distinct(StringComparer.Ordinal));

    private static string OnReferral(Index.Entry entry, Index.Facts facts, string who, IStringLocalizer l)
    {
        var referral = facts.Referral(entry.EntityId);
        var number = referral is null ? "—" : facts.CaseNumber(referral.CaseId) ?? "—";
        if (entry.Action == AuditAction.Create)
        {
            return referral is null
                ? l["{0} sent a referral in case {1}.", who, number]
                : l["{0} referred case {1} to {2}.", who, number, facts.Agency(referral.ReceivingAgencyId)];
        }

        // "State Sent->Accepted": the states are enum names, said in the reader's words.
        if (entry.Action == AuditAction.StatusChange && entry.Fields is { } fields && fields.StartsWith("State ", StringComparison.Ordinal)
            && fields["State ".Length..].Split("->") is [var before, var after]
            && Enum.TryParse<ReferralState>(before, out var from) && Enum.TryParse<ReferralState>(after, out var to))
        {
            return l["{0} changed the state of the referral in case {1} from “{2}” to “{3}”.", who, number, l["ReferralState " + from], l["ReferralState " + to]];
        }

        return entry.Fields == "Service"
            ? l["{0} recorded a service on the referral in case {1}.", who, number]
            : Fallback(entry, who, number, l);
    }

    private static string OnAccount(Index.Entry entry, Index.Facts facts, string who, IStringLocalizer l)
    {
        var whose = facts.PersonName(entry.EntityId) ?? "—";
        var own = string.Equals(entry.UserId, entry.EntityId, StringComparison.Ordinal);
        return entry.Action switch
        {
            AuditAction.SignInSucceeded => entry.Fields is null ? l["{0} signed in.", who] : l["{0} signed in with the second step.", who],
            AuditAction.SignInFailed => entry.Fields switch
            {
                "unknown account" => l["A sign-in with an unknown e-mail address failed."],
                null => l["A sign-in as {0} failed: wrong password.", who],
                _ => l["A sign-in as {0} failed at the second step.", who],
            },
            AuditAction.Create => l["{0} created the account of {1}.", who, whose],
            AuditAction.StatusChange => entry.Fields == "disabled"
                ? l["{0} disabled the account of {1}.", who, whose]
                : l["{0} enabled the account of {1}.", who, whose],
            AuditAction.Update when own => l["{0} changed their own account: {1}.", who, AccountNote(entry.Fields, l)],
            AuditAction.Update => l["{0} changed the account of {1}: {2}.", who, whose, AccountNote(entry.Fields, l)],
            _ => Fallback(entry, who, whose, l),
        };
    }

    /// <summary>The short notes account entries carry ("passkey added", "institution, role"…), in words.</summary>
    private static string AccountNote(string? note, IStringLocalizer l) =>
        note switch
        {
            null => string.Empty,
            "password changed, other sessions ended" => l["password changed, other sessions ended"],
            "authenticator, passkeys, recovery codes, password" => l["sign-in reset (authenticator, passkeys, recovery codes, password)"],
            _ => string.Join(", ", note.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => part switch
            {
                "notification e-mail" => l["e-mail choice for notifications"].Value,
                "passkey added" => l["passkey added"].Value,
                "passkey removed" => l["passkey removed"].Value,
                "session ended" => l["a session ended"].Value,
                "other sessions ended" => l["other sessions ended"].Value,
                "authenticator set up" => l["authenticator app set up"].Value,
                "new recovery codes" => l["new recovery codes"].Value,
                "password link" => l["new link to choose a password"].Value,
                "full name" => l["Changed field: full name"].Value,
                "e-mail" => l["e-mail address"].Value,
                "institution" => l["Changed field: institution"].Value,
                "role" => l["Changed field: role"].Value,
                _ => part,
            })),
        };

    private static string OnStatistics(Index.Entry entry, string who, IStringLocalizer l)
    {
        var parts = (entry.Fields ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (entry.EntityId)
        {
            case "ctdc":
                // "2024 rows 12 suppressed 3 k 11"
                var ctdc = parts.Length >= 7 ? parts : [.. parts, .. Enumerable.Repeat("?", 7 - parts.Length)];
                return l["{0} exported the anonymised CTDC data of {1} (rows: {2}, left out: {3}, k = {4}).", who, ctdc[0], ctdc[2], ctdc[4], ctdc[6]];
            case "report-pack":
                return l["{0} exported the annual report pack of {1}.", who, parts.FirstOrDefault() ?? "—"];
            default:
                // "csv 2024-01-01..2024-12-31" and perhaps the county's name after it.
                var format = parts.FirstOrDefault()?.ToUpperInvariant() ?? "—";
                var period = parts.Length > 1 ? Period(parts[1]) : "—";
                return entry.EntityId is null or "all"
                    ? l["{0} exported all statistics tables, {1} ({2}).", who, period, format]
                    : l["{0} exported the statistics table “{1}”, {2} ({3}).", who, entry.EntityId, period, format];
        }
    }

    private static string Period(string stored) =>
        stored.Split("..") is [var from, var to]
        && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
        && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            ? $"{start.ToString("d", CultureInfo.CurrentCulture)} – {end.ToString("d", CultureInfo.CurrentCulture)}"
            : stored;

    private static string OnOtherRecord(Index.Entry entry, Index.Facts facts, string who, IStringLocalizer l)
    {
        var title = facts.Title(entry.EntityType, entry.EntityId) ?? "—";
        var created = entry.Action == AuditAction.Create;
        var publication = entry.Fields == "NotForPublication";
        return entry.EntityType switch
        {
            "Meeting" when publication => l["{0} changed whether the meeting “{1}” goes into the bulletin.", who, title],
            "Meeting" => created ? l["{0} scheduled the meeting “{1}”.", who, title] : l["{0} changed the meeting “{1}”.", who, title],
            "ActionItem" => l["{0} updated an action of the meeting “{1}”.", who, title],
            "Training" when publication => l["{0} changed whether the training “{1}” goes into the bulletin.", who, title],
            "Training" => created ? l["{0} recorded the training “{1}”.", who, title] : l["{0} changed the training “{1}”.", who, title],
            "AwarenessActivity" when publication => l["{0} changed whether the awareness activity “{1}” goes into the bulletin.", who, title],
            "AwarenessActivity" => created ? l["{0} recorded the awareness activity “{1}”.", who, title] : l["{0} changed the awareness activity “{1}”.", who, title],
            "Bulletin" when entry.Action == AuditAction.StatusChange => l["{0} issued the bulletin “{1}”.", who, title],
            "Bulletin" => created ? l["{0} prepared the bulletin “{1}”.", who, title] : l["{0} changed the bulletin “{1}”.", who, title],
            "TrainingMaterial" => created ? l["{0} added a training material.", who] : l["{0} removed a training material.", who],
            _ => Fallback(entry, who, entry.EntityId ?? "—", l),
        };
    }

    private static string Fallback(Index.Entry entry, string who, string record, IStringLocalizer l) =>
        l["{0}: {1} ({2} {3}).", who, l["Audit " + entry.Action], entry.EntityType, record];
}
