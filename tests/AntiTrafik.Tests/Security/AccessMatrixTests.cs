using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Security;

/// <summary>
/// Every action the portal exposes (read from the endpoint data source, not from a list kept by hand), asked by
/// every role and by nobody, must answer as the rule written for it here says. A new action without a rule here
/// fails the test, so every page gets a deliberate access rule.
/// </summary>
public sealed class AccessMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    internal const string Admin = "Administrator", Coordinator = "Coordinator", Caseworker = "Caseworker", Secretary = "MeetingSecretary";
    private static readonly string[] Everyone = [Admin, Coordinator, Caseworker, Secretary];
    private static readonly string[] Anonymous = ["anonymous", .. Everyone];
    private static readonly string[] CaseWork = [Caseworker, Coordinator];
    private static readonly string[] Meetings = [Coordinator, Secretary];

    /// <summary>Actions that may end the caller's own sessions: sent last.</summary>
    private static readonly HashSet<string> EndsSessions = ["Logout", "EndSession", "EndOtherSessions"];

    /// <summary>Who gets through, per action. "anonymous" means no sign-in is needed.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Rules = new Dictionary<string, string[]>
    {
        ["GET Account.Login"] = Anonymous, ["POST Account.Login"] = Anonymous,
        ["GET Account.TwoFactor"] = Anonymous, ["POST Account.TwoFactor"] = Anonymous,
        ["GET Account.Recovery"] = Anonymous, ["POST Account.Recovery"] = Anonymous,
        ["GET Account.SetPassword"] = Anonymous, ["POST Account.SetPassword"] = Anonymous,
        ["GET Account.TwoFactorSetup"] = Everyone, ["POST Account.TwoFactorSetup"] = Everyone,
        ["POST Account.NewRecoveryCodes"] = Everyone, ["POST Account.Logout"] = Everyone,
        ["GET Account.Security"] = Everyone, ["POST Account.EndSession"] = Everyone, ["POST Account.EndOtherSessions"] = Everyone,
        ["POST Account.ChangePassword"] = Everyone, ["POST Account.KeepAlive"] = Everyone,
        ["POST Account.PasskeyCreationOptions"] = Everyone, ["POST Account.AddPasskey"] = Everyone, ["POST Account.RemovePasskey"] = Everyone,
        ["POST Account.PasskeyRequestOptions"] = Anonymous, ["POST Account.TwoFactorPasskey"] = Anonymous,
        ["GET Error.Show"] = Anonymous, ["POST Error.Show"] = Anonymous,
        ["POST Language.Set"] = Anonymous,
        ["GET Home.Index"] = Everyone,
        ["GET Drafts.Index"] = Everyone, ["GET Drafts.Show"] = Everyone, ["POST Drafts.Save"] = Everyone, ["POST Drafts.Discard"] = Everyone,

        ["GET Agencies.Index"] = Everyone,
        ["GET Agencies.Create"] = [Admin], ["POST Agencies.Create"] = [Admin],
        ["GET Agencies.Edit"] = [Admin], ["POST Agencies.Edit"] = [Admin],
        ["GET Users.Index"] = [Admin], ["GET Users.Create"] = [Admin], ["POST Users.Create"] = [Admin],
        ["GET Users.Edit"] = [Admin], ["POST Users.Edit"] = [Admin], ["POST Users.Disable"] = [Admin],
        ["POST Users.Enable"] = [Admin], ["POST Users.NewLink"] = [Admin], ["GET Users.ResetSignIn"] = [Admin], ["POST Users.ResetSignIn"] = [Admin],
        ["GET Audit.Index"] = [Coordinator], ["POST Audit.Verify"] = [Coordinator],

        ["GET Cases.Index"] = CaseWork, ["GET Cases.Details"] = CaseWork,
        ["GET Cases.Identification"] = CaseWork, ["GET Cases.Referrals"] = CaseWork, ["GET Cases.Timeline"] = CaseWork, ["GET Cases.Print"] = CaseWork,
        // An action's own page: for whom the case's handler lets make the change (the Tirana police lead this case).
        ["GET Cases.Assess"] = [Caseworker], ["GET Cases.Consent"] = [Caseworker], ["GET Cases.Close"] = [Caseworker], ["GET Cases.Reopen"] = [Caseworker],
        ["GET Cases.Refer"] = [Caseworker], ["GET Cases.OfferLead"] = [Caseworker],
        ["GET Cases.Register"] = [Caseworker], ["POST Cases.Register"] = [Caseworker],
        ["GET Cases.Edit"] = [Caseworker], ["POST Cases.Edit"] = [Caseworker],
        ["POST Cases.AddNote"] = [Caseworker], ["POST Cases.Assess"] = [Caseworker], ["POST Cases.Consent"] = [Caseworker],
        ["POST Cases.Close"] = [Caseworker], ["POST Cases.Reopen"] = [Caseworker], ["POST Cases.Reconsider"] = [Caseworker],
        ["POST Cases.Refer"] = [Caseworker], ["POST Cases.OfferLead"] = [Caseworker],
        // Only the institution offered the lead may answer; here none is (the hand-over tests cover the offered one).
        ["POST Cases.AnswerLeadOffer"] = [],
        ["POST Cases.Reveal"] = [Coordinator], ["GET Cases.Duplicates"] = [Coordinator], ["POST Cases.Link"] = [Coordinator],
        // A case's documents: everyone who sees the case sees the list; only the institutions working on it add and open them.
        ["GET Documents.Index"] = CaseWork, ["POST Documents.Upload"] = [Caseworker], ["GET Documents.Download"] = [Caseworker],
        ["GET Documents.Remove"] = [Caseworker], ["POST Documents.Remove"] = [Caseworker],
        // The casework beside the case. The police of Tirana lead it but are no supervisor: nobody here approves a plan
        // (PlanTests cover the supervisor). The case is an adult's: it has no child's pathway for anyone (ChildPathwayTests).
        ["GET CasePlan.Index"] = CaseWork, ["GET CasePlan.Edit"] = [Caseworker], ["POST CasePlan.Edit"] = [Caseworker],
        ["POST CasePlan.Submit"] = [Caseworker], ["POST CasePlan.Approve"] = [], ["GET CasePlan.Review"] = [Caseworker],
        ["POST CasePlan.Review"] = [Caseworker], ["POST CasePlan.ApproveReview"] = [],
        ["GET CaseRisk.Index"] = CaseWork, ["GET CaseRisk.New"] = [Caseworker], ["POST CaseRisk.New"] = [Caseworker],
        ["GET CaseJustice.Index"] = CaseWork, ["GET CaseJustice.NewProceeding"] = [Caseworker], ["POST CaseJustice.NewProceeding"] = [Caseworker],
        ["GET CaseJustice.EditProceeding"] = [Caseworker], ["POST CaseJustice.EditProceeding"] = [Caseworker],
        ["GET CaseJustice.NewCompensation"] = [Caseworker], ["POST CaseJustice.NewCompensation"] = [Caseworker],
        ["GET CaseJustice.NewNonPunishment"] = [Caseworker], ["POST CaseJustice.NewNonPunishment"] = [Caseworker],
        ["GET CaseChild.Index"] = [], ["GET CaseChild.Edit"] = [], ["POST CaseChild.Edit"] = [],
        // Groups and persons of interest are kept by the police and the coordinator's office.
        ["GET CaseLinks.Index"] = CaseWork, ["POST CaseLinks.StartGroup"] = [Caseworker, Coordinator],
        ["POST CaseLinks.AddMember"] = [Caseworker, Coordinator], ["POST CaseLinks.AddPerson"] = [Caseworker, Coordinator],
        ["GET Referrals.Inbox"] = [Caseworker], ["POST Referrals.Step"] = [Caseworker], ["POST Referrals.RecordService"] = [Caseworker],
        ["GET Referrals.Escalation"] = [Coordinator],
        ["GET Notifications.Index"] = [Caseworker], ["POST Notifications.MarkAllRead"] = [Caseworker],
        ["GET Notifications.EmailChoice"] = [Caseworker], ["POST Notifications.EmailChoice"] = [Caseworker],

        ["GET Statistics.Index"] = CaseWork, ["GET Statistics.Export"] = CaseWork,
        ["POST Statistics.ReportPack"] = [Coordinator], ["POST Statistics.Ctdc"] = [Coordinator],
        ["GET Statistics.Job"] = CaseWork, ["GET Statistics.JobFile"] = CaseWork,

        ["GET Meetings.Index"] = Everyone, ["GET Meetings.Details"] = Everyone, ["GET Meetings.Print"] = Everyone,
        ["GET Meetings.Calendar"] = Everyone, ["GET Meetings.MyActions"] = Everyone, ["POST Meetings.UpdateAction"] = Everyone,
        ["GET Meetings.New"] = Meetings, ["POST Meetings.New"] = Meetings, ["GET Meetings.Edit"] = Meetings, ["POST Meetings.Edit"] = Meetings,
        ["POST Meetings.SaveMinutes"] = Meetings, ["POST Meetings.AddAction"] = Meetings, ["POST Meetings.LinkCase"] = Meetings,
        ["POST Meetings.Move"] = Meetings,

        ["GET Trainings.Index"] = Everyone, ["GET Trainings.Details"] = Everyone, ["GET Trainings.Programme"] = Everyone,
        ["GET Trainings.New"] = [Coordinator], ["POST Trainings.New"] = [Coordinator],
        ["GET Trainings.Edit"] = [Coordinator], ["POST Trainings.Edit"] = [Coordinator],
        ["GET Trainings.NewActivity"] = [Coordinator], ["POST Trainings.NewActivity"] = [Coordinator],
        ["GET Trainings.EditActivity"] = [Coordinator], ["POST Trainings.EditActivity"] = [Coordinator],
        ["POST Trainings.Publication"] = Meetings,
        ["POST Trainings.Upload"] = [Coordinator], ["POST Trainings.DeleteMaterial"] = [Coordinator], ["GET Trainings.Material"] = Everyone,

        ["GET Bulletins.Index"] = Everyone, ["GET Bulletins.Details"] = Everyone, ["GET Bulletins.Print"] = Everyone,
        ["GET Bulletins.New"] = [Coordinator], ["POST Bulletins.New"] = [Coordinator], ["POST Bulletins.Edit"] = [Coordinator],
        ["POST Bulletins.Regenerate"] = [Coordinator], ["GET Bulletins.ConfirmIssue"] = [Coordinator], ["POST Bulletins.Issue"] = [Coordinator],
    };

    /// <summary>Actions that change nothing and so need no antiforgery token.</summary>
    private static readonly HashSet<string> WithoutAntiforgery = ["POST Error.Show"];

    internal static readonly Dictionary<string, string> SignIns = new()
    {
        [Admin] = Demo.Admin, [Coordinator] = Demo.Coordinator, [Caseworker] = Demo.PoliceTirana, [Secretary] = Demo.Secretary,
    };

    [Fact]
    public void Every_action_has_a_deliberate_rule_and_every_rule_an_action()
    {
        _ = portal.CreateClient();
        var actions = PortalEndpoint.All(portal.Services).Select(e => e.Key).ToHashSet();
        Assert.Empty(actions.Except(Rules.Keys).Order());
        Assert.Empty(Rules.Keys.Except(actions).Order());
    }

    [Fact]
    public async Task Every_action_answers_each_role_and_nobody_as_its_rule_says()
    {
        var values = await RouteValuesAsync(portal);
        var clients = new Dictionary<string, PortalClient>();
        foreach (var (role, email) in SignIns)
        {
            clients[role] = portal.CreatePortalClient();
            await clients[role].SignInAsExpectedAsync(email);
        }

        var problems = new List<string>();
        // Reads first, then writes, and the sign-out last: a write may change what a later request finds.
        foreach (var endpoint in PortalEndpoint.All(portal.Services).OrderBy(e => e.Method == "POST").ThenBy(e => EndsSessions.Contains(e.Action)))
        {
            var url = UrlOf(endpoint, values);
            foreach (var who in Anonymous)
            {
                using var anonymous = who == "anonymous" ? portal.CreatePortalClient() : null;
                var client = anonymous ?? clients[who];
                var response = await SendAsync(client, endpoint, url, withToken: true);
                var allowed = Rules[endpoint.Key].Contains(who);
                var status = (int)response.StatusCode;
                var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);
                var outcome = status >= 500 ? "server error"
                    // The sign-in steps send a signed-in user on (or back to the start), which is not a refusal.
                    : allowed ? (status == 403 || (toLogin && Rules[endpoint.Key] != Anonymous && !EndsSessions.Contains(endpoint.Action)) ? "refused" : null)
                    : who == "anonymous" ? (toLogin ? null : "not sent to sign in")
                    : status is 403 or 404 ? null : "let through";
                if (outcome is not null)
                {
                    problems.Add($"{endpoint.Key} {url} as {who}: {status} ({outcome})");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Every_state_changing_action_refuses_a_request_without_an_antiforgery_token()
    {
        var values = await RouteValuesAsync(portal);
        var problems = new List<string>();
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Method == "POST" && !WithoutAntiforgery.Contains(e.Key)))
        {
            // Someone the action's policy lets through, so that only the missing token can stop the request.
            var role = Rules[endpoint.Key].FirstOrDefault(r => r != "anonymous" || Rules[endpoint.Key].Length == Anonymous.Length) ?? Caseworker;
            using var client = portal.CreatePortalClient();
            if (role != "anonymous")
            {
                await client.SignInAsExpectedAsync(SignIns[role]);
            }

            var response = await SendAsync(client, endpoint, UrlOf(endpoint, values), withToken: false);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                problems.Add($"{endpoint.Key} as {role}: {(int)response.StatusCode}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task A_caseworker_of_another_agency_reaches_none_of_a_cases_actions()
    {
        var values = await RouteValuesAsync(portal);
        using var vlora = portal.CreatePortalClient();
        await vlora.SignInAsExpectedAsync(Demo.PoliceVlora);
        var problems = new List<string>();
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Template.StartsWith("Cases/{id", StringComparison.Ordinal) || e.Template.StartsWith("Referrals/{id", StringComparison.Ordinal)))
        {
            var url = UrlOf(endpoint, values);
            var response = await SendAsync(vlora, endpoint, url, withToken: true);
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
            {
                problems.Add($"{endpoint.Key} {url}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(problems);
        Assert.DoesNotContain(values["caseNumber"], await vlora.GetPageAsync("/Cases?State=All"));
    }

    internal static async Task<Dictionary<string, string>> RouteValuesAsync(PortalFactory portal)
    {
        // A case of the Tirana police, with a live referral to the shelter, registered through the forms.
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Matrica", "Qasje" + Guid.NewGuid().ToString("N")[..6]);
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        // An account of its own: the administrator's actions on it (disable, reset the sign-in) must not lock
        // out a demo account that other tests sign in with.
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var userEmail = $"matrica-{Guid.NewGuid():N}@antitrafik.test";
        await Users.CreateAsync(portal, admin, userEmail, agencyCode: "DVP-VLORE");
        return await portal.WithDbAsync(async db => new Dictionary<string, string>
        {
            ["case"] = caseId.ToString(),
            ["caseNumber"] = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync(),
            ["referral"] = referral.ToString(),
            ["meeting"] = (await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync()).ToString(),
            ["action"] = (await db.ActionItems.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()).ToString(),
            ["training"] = (await db.Trainings.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync()).ToString(),
            ["activity"] = (await db.AwarenessActivities.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()).ToString(),
            ["programme"] = (await db.Programmes.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()).ToString(),
            ["bulletin"] = (await db.Bulletins.OrderBy(b => b.Id).Select(b => b.Id).FirstOrDefaultAsync()).ToString(),
            ["agency"] = (await db.Agencies.Where(a => a.Code == "TDB").Select(a => a.Id).SingleAsync()).ToString(),
            ["user"] = await db.Users.Where(u => u.Email == userEmail).Select(u => u.Id).SingleAsync(),
            ["material"] = (await MaterialAsync(portal)).ToString(),
            ["document"] = (await DocumentAsync(portal, police, caseId)).ToString(),
        });
    }

    /// <summary>A training file uploaded through the form, so its download and removal have a real record.</summary>
    private static async Task<int> MaterialAsync(PortalFactory portal)
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var training = await portal.WithDbAsync(db => db.Trainings.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var response = await MaterialUploads.UploadAsync(coordinator, training, "matrica.pdf", "application/pdf", MaterialUploads.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.WithDbAsync(db => db.TrainingMaterials.OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());
    }

    /// <summary>A document of the case, added through its form, so its download and removal have a real record.</summary>
    private static async Task<int> DocumentAsync(PortalFactory portal, PortalClient police, int caseId)
    {
        var response = await DocumentUploads.UploadAsync(police, caseId, "matrica.pdf", "application/pdf", DocumentUploads.Pdf("matrica"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.WithDbAsync(db => db.CaseDocuments.Where(d => d.CaseId == caseId).OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync());
    }

    internal static string UrlOf(PortalEndpoint endpoint, IReadOnlyDictionary<string, string> values)
    {
        if (endpoint.Template.StartsWith("{controller", StringComparison.Ordinal))
        {
            return endpoint.Controller == "Home" ? "/" : $"/{endpoint.Controller}/{endpoint.Action}";
        }

        var id = endpoint.Template.Split('/')[0] switch
        {
            "Cases" => values["case"],
            "Referrals" => values["referral"],
            "Meetings" => values["meeting"],
            "Trainings" when endpoint.Template.Contains("Activities", StringComparison.Ordinal) => values["activity"],
            "Trainings" when endpoint.Template.StartsWith("Trainings/Materials", StringComparison.Ordinal) => values["material"],
            "Trainings" when endpoint.Template.Contains("Programmes", StringComparison.Ordinal) => values["programme"],
            "Trainings" => values["training"],
            "Bulletins" => values["bulletin"],
            "Agencies" => values["agency"],
            "Administration" => values["user"],
            _ => "404",
        };
        var path = Regex.Replace(endpoint.Template, "\\{(\\w+)(:[^}]*)?\\}", m => m.Groups[1].Value switch
        {
            "id" when m.Groups[2].Value == ":guid" => Guid.NewGuid().ToString(),
            "id" or "code" => id,
            "actionId" => values["action"],
            "documentId" => values["document"],
            // Records of the case's casework that these requests do not need to exist: a missing one is a 404 for everyone.
            "proceedingId" or "groupId" or "number" => "0",
            "side" => "Police",
            "step" => "Accept",
            "next" => "Held",
            _ => m.Value,
        });
        return "/" + path;
    }

    private static async Task<HttpResponseMessage> SendAsync(PortalClient client, PortalEndpoint endpoint, string url, bool withToken)
    {
        if (endpoint.Method == "GET")
        {
            return await client.GetAsync(url);
        }

        var fields = new List<KeyValuePair<string, string>>();
        if (withToken)
        {
            fields.Add(new("__RequestVerificationToken", await client.TokenFromAsync("/Error/404")));
        }

        return await client.Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
