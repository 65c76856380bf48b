namespace AntiTrafik.Web.Security;

/// <summary>What the authorization handler needs to know about a case's document: the case's lead and who uploaded it.</summary>
public sealed record CaseDocumentAccessFacts(int LeadAgencyId, int UploadingAgencyId);
