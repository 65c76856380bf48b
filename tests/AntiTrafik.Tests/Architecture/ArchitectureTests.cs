using System.Reflection;
using System.Text.RegularExpressions;
using AntiTrafik.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Tests.Architecture;

/// <summary>
/// The shapes docs/architecture.md describes, kept by reflection over the web assembly and a look at the sources:
/// a new controller, command or clock reading that leaves them fails here, with the place to fix.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    private static IEnumerable<Type> Controllers => Web.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract);

    [Fact]
    public void No_controller_takes_the_database_context()
    {
        var offenders =
            from controller in Controllers
            from method in controller.GetConstructors().Cast<MethodBase>()
                .Concat(controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            from parameter in method.GetParameters()
            where typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(parameter.ParameterType)
            select $"{controller.Name}.{(method.IsConstructor ? "ctor" : method.Name)}({parameter.ParameterType.Name} {parameter.Name})";
        Assert.Empty(offenders);
        // The rule has something to look at: the assembly's controllers are found.
        Assert.Contains(Controllers, c => c.Name == "CasesController");
    }

    [Fact]
    public void Every_command_returns_the_one_result_type()
    {
        // A command is a handler's method that takes a form: whatever it does, it answers with a CommandResult. A
        // handler's method that takes a form and gives a page model (…Model) or the form filled with its choices (…Form)
        // shows the form again; it is a read.
        var commands = Web.GetTypes()
            .Where(t => t.Namespace?.StartsWith("AntiTrafik.Web.Features", StringComparison.Ordinal) == true && t.Name == "Handler")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.ParameterType.Name.EndsWith("Form", StringComparison.Ordinal))
                && !Awaited(m.ReturnType).Name.EndsWith("Model", StringComparison.Ordinal)
                && !Awaited(m.ReturnType).Name.EndsWith("Form", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(commands);
        var offenders = commands
            .Where(m => !ReturnsCommandResult(m.ReturnType))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name} returns {m.ReturnType}");
        Assert.Empty(offenders);
    }

    private static Type Awaited(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition && (definition == typeof(Task<>) || definition == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;

    private static bool ReturnsCommandResult(Type type)
    {
        var awaited = Awaited(type);
        return awaited == typeof(CommandResult) || (awaited.IsGenericType && awaited.GetGenericTypeDefinition() == typeof(CommandResult<>));
    }

    /// <summary>Reading the real clock is allowed only where the real world's time is meant, each for its reason.</summary>
    private static readonly Dictionary<string, string> ClockAllowed = new(StringComparer.Ordinal)
    {
        ["src/AntiTrafik.Web/Infrastructure/Notifications/Email.cs"] = "a development .eml file's name, for sorting the folder",
        ["src/AntiTrafik.Web/Infrastructure/DataProtection.cs"] = "a certificate's validity is checked against the real date by the crypto library",
        ["src/AntiTrafik.Web/Features/Language/LanguageController.cs"] = "a cookie's expiry is read by the browser's clock",
    };

    [Fact]
    public void Nothing_reads_the_system_clock_but_through_TimeProvider()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !ClockAllowed.ContainsKey(f))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => SystemClock().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}");
        Assert.Empty(offenders);
        Assert.All(ClockAllowed.Keys, f => Assert.True(File.Exists(Path.Combine(root, f)), $"{f} is allowed but gone: take it off the list."));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AntiTrafik.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("AntiTrafik.sln not found above the test assembly.");
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SystemClock();
}
