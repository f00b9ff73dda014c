namespace Kompetens.Api.Data;

/// <summary>
/// The checkout's top folder (the one holding <c>Kompetens.Api.sln</c>), found by walking up from a folder.
/// <c>dotnet run</c> starts in the project folder, so paths a developer types are taken from the top.
/// </summary>
public static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kompetens.Api.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
