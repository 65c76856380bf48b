namespace AntiTrafik.Web.Infrastructure;

public static class PathResolver
{
    /// <summary>
    /// A relative path in configuration means "under the application's content root", whatever folder
    /// <c>dotnet run</c> was started from. The folder is created so a fresh clone needs no setup.
    /// </summary>
    public static string UnderContentRoot(IHostEnvironment environment, string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return full;
    }
}
