namespace HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;

public static class RepositoryPaths
{
    private const string SolutionFileName = "HojeTaastrup.Admin.sln";

    public static string Root { get; } = FindRoot();

    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"{SolutionFileName} not found above {AppContext.BaseDirectory}.");
    }
}
