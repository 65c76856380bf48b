namespace AntiTrafik.Tests.Support;

public static class Repository
{
    /// <summary>The checkout's top folder (the one holding AntiTrafik.sln), found from the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AntiTrafik.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AntiTrafik.sln not found above " + AppContext.BaseDirectory);
    }
}
