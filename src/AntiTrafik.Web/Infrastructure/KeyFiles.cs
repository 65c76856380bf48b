namespace AntiTrafik.Web.Infrastructure;

/// <summary>Files in the key folder that are made once and shared by every instance.</summary>
public static class KeyFiles
{
    /// <summary>
    /// Writes <paramref name="path"/> if it does not exist yet: whole, under another name, then moved into place, so an
    /// instance starting at the same moment never reads half a file; the one that loses the race keeps the winner's.
    /// </summary>
    public static void CreateOnce(string path, Func<byte[]> content)
    {
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var written = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(written, content());
        try
        {
            File.Move(written, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(written);
        }
    }
}
