using System.Collections;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using AntiTrafik.Tests.Support;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Security;

/// <summary>
/// Every form of the portal (every POST action, found from the endpoints, its fields from the action's
/// parameters) gets hostile values: too long, empty, wrong types, impossible dates, control characters,
/// right-to-left marks, script tags, SQL fragments, unknown enum values. Every answer must be a page (with
/// its validation messages), a redirect or a 4xx, never a 500; a refused request changes nothing saved; and
/// whatever was accepted is shown encoded on every page afterwards.
/// </summary>
public sealed class HostileInputTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert('xss')</script>";

    /// <summary>Each round gives every field the hostile value of its type.</summary>
    private static readonly (string Text, string Number, string Date, string Choice, string Flag)[] Rounds =
    [
        (new string('ë', 100_001), "99999999999999999999", "9999-12-31", "999", "maybe"),
        (string.Empty, "abc", "not-a-date", "Bogus", string.Empty),
        ("\u0000\u0007\u001b[31m\u0008", "-2147483649", "0001-01-01", "-1", "2"),
        ("\u202Eevil\u202C \u200F\u200E", "1e400", "2026-02-30", "0x10", "yes"),
        (Script + "<img src=x onerror=alert(1)>", "-1", "1900-01-01", "Police,Bogus", "true"),
        ("'; DROP TABLE Cases; -- \" OR 1=1 --", "0", "31.12.2026", "1 OR 1=1", "false"),
    ];

    /// <summary>Posting these is a real change with nothing to validate (or it ends the session), so they are not swept.</summary>
    private static readonly HashSet<string> NotSwept = ["POST Account.Logout", "POST Error.Show", "POST Users.Disable", "POST Users.Enable", "POST Users.NewLink", "POST Users.ResetSignIn", "POST Account.NewRecoveryCodes",
        "POST Account.EndSession", "POST Account.EndOtherSessions"];

    /// <summary>Actions whose success is a page, not a redirect (the reveal shows the identity in its answer): a 200 may be a change.</summary>
    private static readonly HashSet<string> SucceedWithPage = ["POST Cases.Reveal"];

    [Fact]
    public async Task No_form_answers_hostile_values_with_a_server_error_or_a_change_it_refused()
    {
        var values = await AccessMatrixTests.RouteValuesAsync(portal);
        var clients = new Dictionary<string, PortalClient>();
        foreach (var (role, email) in AccessMatrixTests.SignIns)
        {
            clients[role] = portal.CreatePortalClient();
            await clients[role].SignInAsExpectedAsync(email);
        }

        using var anonymous = portal.CreatePortalClient();
        var problems = new List<string>();
        foreach (var (endpoint, fields) in Forms(portal))
        {
            var rule = AccessMatrixTests.Rules[endpoint.Key];
            var client = rule.Contains("anonymous") ? anonymous : rule.Length > 0 ? clients[rule[0]] : clients[AccessMatrixTests.Caseworker];
            var url = AccessMatrixTests.UrlOf(endpoint, values);
            foreach (var round in Rounds)
            {
                var before = Fingerprint(portal);
                var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await client.TokenFromAsync("/Error/404")) };
                form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, ValueFor(f.Type, round))));
                var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(form));
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    problems.Add($"{endpoint.Key} {url}: {status} with {Describe(round)}");
                }
                else if (response.StatusCode != HttpStatusCode.Redirect && !SucceedWithPage.Contains(endpoint.Key) && Fingerprint(portal) != before)
                {
                    problems.Add($"{endpoint.Key} {url}: answered {status} but changed saved data, with {Describe(round)}");
                }
            }
        }

        // Whatever hostile text was accepted is shown as text on every page that can be read.
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Method == "GET"))
        {
            foreach (var (role, client) in clients)
            {
                var response = await client.GetAsync(AccessMatrixTests.UrlOf(endpoint, values));
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || body.Contains(Script, StringComparison.Ordinal) || body.Contains("<img src=x", StringComparison.Ordinal))
                {
                    problems.Add($"{endpoint.Key} as {role}: {(int)response.StatusCode}, raw script in page: {body.Contains(Script, StringComparison.Ordinal)}");
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
    public async Task Hostile_route_values_are_refused_without_a_server_error()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var problems = new List<string>();
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Template.Contains('{') && !e.Template.StartsWith("{controller", StringComparison.Ordinal)))
        {
            foreach (var hostile in new[] { "Bogus", "-1", "99999999999", "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "1%27%20OR%201%3D1" })
            {
                var url = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.Template, "\\{[^}]*\\}", hostile);
                foreach (var client in new[] { police, coordinator })
                {
                    var response = endpoint.Method == "GET"
                        ? await client.GetAsync(url)
                        : await client.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", await client.TokenFromAsync("/Error/404"))]));
                    if ((int)response.StatusCode >= 500)
                    {
                        problems.Add($"{endpoint.Key} {url}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Hostile_page_numbers_and_filters_on_every_list_are_answered_without_a_server_error()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        var problems = new List<string>();
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Method == "GET" && !e.Template.Contains('{')))
        {
            foreach (var hostile in new[]
            {
                "Page=2147483647&Incoming=2147483647&InProgress=2147483647&Outgoing=2147483647",
                "Page=-2147483648&Incoming=-1&InProgress=0&Outgoing=99999999999",
                "Sort=Bogus&Status=999&State=7&Kind=-3&CountyId=-1&From=2026-13-45&To=notadate&Year=99999",
            })
            {
                foreach (var client in new[] { police, coordinator, admin })
                {
                    var response = await client.GetAsync($"/{endpoint.Template}?{hostile}");
                    if ((int)response.StatusCode >= 500)
                    {
                        problems.Add($"{endpoint.Key} ?{hostile}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every form the portal takes (its POST actions but those in <see cref="NotSwept"/>), with its fields.</summary>
    internal static IEnumerable<(PortalEndpoint Endpoint, IReadOnlyList<(string Name, Type Type)> Fields)> Forms(PortalFactory portal) =>
        Inputs(portal, "POST").Where(x => !NotSwept.Contains(x.Endpoint.Key));

    /// <summary>
    /// Every action of the method with the fields it binds (found from its parameters: simple ones by name, a form's
    /// properties, and the properties of a list's rows as <c>Rows[0].Field</c> and a dictionary's values as <c>Map[1]</c>).
    /// </summary>
    internal static IEnumerable<(PortalEndpoint Endpoint, IReadOnlyList<(string Name, Type Type)> Fields)> Inputs(PortalFactory portal, string method)
    {
        _ = portal.CreateClient();
        var actions = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()).OfType<ControllerActionDescriptor>()
            .DistinctBy(a => a.MethodInfo)
            .ToList();
        var attribute = method == "POST" ? "HttpPostAttribute" : "HttpGetAttribute";
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Method == method))
        {
            var action = actions.First(a => a.ControllerName == endpoint.Controller && a.ActionName == endpoint.Action
                && (a.MethodInfo.GetCustomAttributes().Any(x => x.GetType().Name == attribute) || !a.MethodInfo.GetCustomAttributes().Any(x => x.GetType().Name is "HttpPostAttribute" or "HttpGetAttribute")));
            var routeNames = action.AttributeRouteInfo?.Template is { } template
                ? System.Text.RegularExpressions.Regex.Matches(template, "\\{(\\w+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var fields = new List<(string, Type)>();
            foreach (var parameter in action.Parameters.Where(p => !routeNames.Contains(p.Name)
                && p.BindingInfo?.BindingSource != BindingSource.Services && p.ParameterType != typeof(CancellationToken)))
            {
                if (IsSimple(parameter.ParameterType))
                {
                    fields.Add((parameter.Name, parameter.ParameterType));
                    continue;
                }

                fields.AddRange(PropertiesOf(parameter.ParameterType, prefix: string.Empty));
            }

            yield return (endpoint, fields);
        }
    }

    private static IEnumerable<(string Name, Type Type)> PropertiesOf(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<BindNeverAttribute>() is null && p.PropertyType != typeof(Microsoft.AspNetCore.Http.IFormFile)))
        {
            var t = property.PropertyType;
            var dictionary = t.IsGenericType ? t.GetInterfaces().Append(t).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)) : null;
            var row = t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t) && t.IsGenericType ? t.GetGenericArguments()[0] : null;
            if (dictionary is not null)
            {
                yield return ($"{prefix}{property.Name}[1]", dictionary.GetGenericArguments()[1]);
            }
            else if (row is not null && !IsSimple(row))
            {
                foreach (var field in PropertiesOf(row, $"{prefix}{property.Name}[0]."))
                {
                    yield return field;
                }
            }
            else
            {
                yield return (prefix + property.Name, t);
            }
        }
    }

    internal static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(Guid);
    }

    private static string ValueFor(Type type, (string Text, string Number, string Date, string Choice, string Flag) round)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
        {
            t = t.IsArray ? t.GetElementType()! : t.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            t = Nullable.GetUnderlyingType(t) ?? t;
        }

        return t == typeof(string) ? round.Text
            : t.IsEnum ? round.Choice
            : t == typeof(bool) ? round.Flag
            : t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(TimeOnly) ? round.Date
            : t.IsPrimitive || t == typeof(decimal) ? round.Number
            : round.Text;
    }

    private static string Describe((string Text, string Number, string Date, string Choice, string Flag) round) =>
        $"text '{(round.Text.Length > 40 ? round.Text[..20] + $"…({round.Text.Length})" : round.Text)}', number '{round.Number}', date '{round.Date}', choice '{round.Choice}'";

    /// <summary>A hash of every row of every table but those that record the attempts themselves: the audit trail, notifications, sign-in throttles and sessions.</summary>
    internal static string Fingerprint(PortalFactory portal)
    {
        using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('AuditTrail','Notifications','SignInThrottles','SignInSessions') ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "|"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
