using System.Collections;
using System.Net;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;

namespace AntiTrafik.Tests.Security;

/// <summary>
/// The sweep of <see cref="HostileInputTests"/>, one kind of hostile value at a time: every form (every POST action,
/// with its rows and maps) and every GET action that takes filters, both found by enumerating the endpoints, get
/// ordinary values in every field but those of one kind, which get an extreme date, an extreme or unknown number,
/// an overlong text, control characters or a wrong choice; then the fields are left out, then sent twice. So a hostile
/// value reaches the rules behind the first refusal (the database, date arithmetic), not only the first check.
/// Every answer must be below 500 and set no big cookie; a form refuses a date of year 1 or 9999 without changing
/// anything saved. A portal of its own: ordinary values may really save, and must not disturb other tests.
/// </summary>
public sealed class HostileValueSweepTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <param name="OneFieldAtATime">
    /// Dates and numbers go one field at a time (the others ordinary), so that an unknown institution in one row or a
    /// bulletin ending in year 9999 reaches the rule, or the database, behind every other field's check.
    /// </param>
    private sealed record Round(string Name, Func<Type, string?> Hostile, bool ImpossibleDate = false, bool OneFieldAtATime = false);

    private static readonly Round[] Rounds =
    [
        new("date of year 1", t => IsDate(t) ? (IsDateTime(t) ? "0001-01-01T00:00" : "0001-01-01") : null, ImpossibleDate: true, OneFieldAtATime: true),
        new("date of year 9999", t => IsDate(t) ? (IsDateTime(t) ? "9999-12-31T23:59" : "9999-12-31") : null, ImpossibleDate: true, OneFieldAtATime: true),
        new("date that does not exist", t => IsDate(t) ? "2026-02-30" : null),
        new("negative number", t => IsNumber(t) ? "-1" : null, OneFieldAtATime: true),
        new("unknown number", t => IsNumber(t) ? "999" : null, OneFieldAtATime: true),
        new("largest number", t => IsNumber(t) ? "2147483647" : null, OneFieldAtATime: true),
        new("smallest number", t => IsNumber(t) ? "-2147483648" : null),
        new("number too big for any type", t => IsNumber(t) ? "99999999999999999999999" : null),
        new("overlong text", t => Of(t) == typeof(string) ? new string('ë', BoundedBinding.TextLimit + 1) : null),
        new("control characters", t => Of(t) == typeof(string) ? "\u0000\u0007\u001b[31m\r\n\u202Eevil\u0008" : null),
        new("wrong choice", t => Of(t).IsEnum ? "999" : Of(t) == typeof(bool) ? "maybe" : null),
        new("overlong choice and number", t => Of(t).IsEnum || IsNumber(t) || IsDate(t) ? new string('9', 100_000) : null),
    ];

    [Fact]
    public async Task No_form_or_filter_answers_one_kind_of_hostile_value_missing_or_doubled_fields_with_a_server_error()
    {
        var values = await AccessMatrixTests.RouteValuesAsync(portal);
        var clients = new Dictionary<string, PortalClient>();
        var tokens = new Dictionary<string, string>();
        foreach (var (role, email) in AccessMatrixTests.SignIns)
        {
            clients[role] = await portal.SignedInClientAsync(email);
            tokens[role] = await clients[role].TokenFromAsync("/Error/404");
        }

        using var anonymous = portal.CreatePortalClient();
        var anonymousToken = await anonymous.TokenFromAsync("/Error/404");
        var problems = new List<string>();
        var sent = 0;

        // Forms: each round with ordinary values elsewhere, then without any field, then with each field twice.
        foreach (var (endpoint, fields) in HostileInputTests.Forms(portal))
        {
            var rule = AccessMatrixTests.Rules[endpoint.Key];
            var role = rule.Contains("anonymous") ? null : rule.Length > 0 ? rule[0] : AccessMatrixTests.Caseworker;
            var (client, token) = role is null ? (anonymous, anonymousToken) : (clients[role], tokens[role]);
            var url = AccessMatrixTests.UrlOf(endpoint, values);
            var sends = Rounds.SelectMany(r => r.OneFieldAtATime
                    ? fields.Where(f => r.Hostile(f.Type) is not null).Select(one =>
                        ($"{r.Name} in {one.Name}", r.ImpossibleDate, Fields: fields.Select(f => (f.Name, Value: f == one ? r.Hostile(f.Type)! : Ordinary(f))).ToList()))
                    : fields.Any(f => r.Hostile(f.Type) is not null)
                        ? [(r.Name, r.ImpossibleDate, Fields: fields.Select(f => (f.Name, Value: r.Hostile(f.Type) ?? Ordinary(f))).ToList())]
                        : [])
                .Append(("missing fields", false, []))
                .Append(("doubled fields", false, fields.SelectMany(f => new[] { (f.Name, Value: Ordinary(f)), (f.Name, Value: Rounds[1].Hostile(f.Type) ?? "Tjetër") }).ToList()));
            foreach (var (name, impossibleDate, form) in sends)
            {
                var before = impossibleDate ? HostileInputTests.Fingerprint(portal) : null;
                var content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));
                var response = await client.Http.PostAsync(url, content);
                sent++;
                Check(problems, $"{endpoint.Key} {url} with {name}", response);
                if (impossibleDate && HostileInputTests.Fingerprint(portal) != before)
                {
                    problems.Add($"{endpoint.Key} {url}: saved something with a {name} ({(int)response.StatusCode})");
                }
            }
        }

        // Filters: every GET action that binds something but its route values, the same rounds in the query string.
        foreach (var (endpoint, fields) in HostileInputTests.Inputs(portal, "GET").Where(x => x.Fields.Count > 0))
        {
            var rule = AccessMatrixTests.Rules[endpoint.Key];
            var client = rule.Contains("anonymous") ? anonymous : clients[rule.FirstOrDefault(r => r == AccessMatrixTests.Coordinator) ?? (rule.Length > 0 ? rule[0] : AccessMatrixTests.Caseworker)];
            var url = AccessMatrixTests.UrlOf(endpoint, values);
            var queries = Rounds.Where(r => fields.Any(f => r.Hostile(f.Type) is not null))
                .Select(r => (r.Name, Query: fields.Select(f => (f.Name, Value: r.Hostile(f.Type) ?? Ordinary(f)))))
                .Append(("doubled fields", fields.SelectMany(f => new[] { (f.Name, Value: Ordinary(f)), (f.Name, Value: Rounds[1].Hostile(f.Type) ?? "Tjetër") })));
            foreach (var (name, query) in queries)
            {
                // A query string is bounded by the server's request line; an overlong text there is a request no browser sends.
                var text = string.Join("&", query.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value.Length > 2000 ? f.Value[..2000] : f.Value)));
                var response = await client.GetAsync(url + (url.Contains('?') ? "&" : "?") + text);
                sent++;
                Check(problems, $"{endpoint.Key} {url} with {name}", response);
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(sent > 300, $"Only {sent} requests: the sweep found too few forms and filters to be working.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static void Check(List<string> problems, string what, HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 500)
        {
            problems.Add($"{what}: {(int)response.StatusCode}");
        }

        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Sum(c => c.Length) : 0;
        if (cookies > 4096)
        {
            problems.Add($"{what}: set {cookies} characters of cookies");
        }
    }

    private static int _number = 70_000;

    /// <summary>A value a person could type, so that the rules behind the first check are reached.</summary>
    private static string Ordinary((string Name, Type Type) field)
    {
        var t = Of(field.Type);
        if (field.Name == "Number")
        {
            // A bulletin's number must be new.
            return Interlocked.Increment(ref _number).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return t == typeof(string) ? "Vlerë e zakonshme"
            : t.IsEnum ? Enum.GetNames(t).First(n => n != "None")
            : t == typeof(bool) ? "true"
            : t == typeof(DateTime) ? "2026-06-15T10:00"
            : t == typeof(DateOnly) ? "2026-06-15"
            : t == typeof(Guid) ? Guid.Empty.ToString()
            : IsNumber(field.Type) ? "1"
            : "Vlerë";
    }

    private static Type Of(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
        {
            t = t.IsArray ? t.GetElementType()! : t.GetGenericArguments().FirstOrDefault() ?? typeof(string);
        }

        return Nullable.GetUnderlyingType(t) ?? t;
    }

    private static bool IsDate(Type type) => Of(type) is var t && (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset));

    private static bool IsDateTime(Type type) => Of(type) == typeof(DateTime) || Of(type) == typeof(DateTimeOffset);

    private static bool IsNumber(Type type) => Of(type) is var t && !t.IsEnum && t != typeof(bool) && t != typeof(char) && (t.IsPrimitive || t == typeof(decimal));
}
