using System.Reflection;
using HojeTaastrup.Admin.Domain.Common;
using NetArchTest.Rules;

namespace HojeTaastrup.Admin.Web.Tests.Architecture;

// The one way a use case goes (docs/architecture.md): page or API endpoint → feature service → domain → data.
// These rules fail the build's tests when a shortcut creeps in.
public class ArchitectureTests
{
    private const string Web = "HojeTaastrup.Admin.Web";
    private const string EfCore = "Microsoft.EntityFrameworkCore";
    private const string DbContext = "HojeTaastrup.Admin.Data.AdminDbContext";

    private static readonly Assembly WebAssembly = typeof(Program).Assembly;

    [Fact]
    public void Domain_ReferencesNeitherEfCoreNorAspNetCoreNorTheOuterProjects()
    {
        var result = Types.InAssembly(typeof(Money).Assembly)
            .ShouldNot().HaveDependencyOnAny(EfCore, "Microsoft.AspNetCore", "HojeTaastrup.Admin.Data", Web)
            .GetResult();

        AssertKept(result);
    }

    [Fact]
    public void Pages_ReferenceNoEfCoreTypeNorTheDbContext()
    {
        var result = Types.InAssembly(WebAssembly)
            .That().ResideInNamespace($"{Web}.Components")
            .ShouldNot().HaveDependencyOnAny(EfCore, DbContext)
            .GetResult();

        AssertKept(result);
        Assert.Empty(CatchesOfEfCoreTypes($"{Web}.Components"));
    }

    [Fact]
    public void ApiEndpoints_ReferenceNoEfCoreTypeNorTheDbContext()
    {
        var result = Types.InAssembly(WebAssembly)
            .That().ResideInNamespace($"{Web}.Api")
            .ShouldNot().HaveDependencyOnAny(EfCore, DbContext)
            .GetResult();

        AssertKept(result);
        Assert.Empty(CatchesOfEfCoreTypes($"{Web}.Api"));
    }

    // A use case the API calls is one that a page calls too: no second copy of a rule for the API.
    [Fact]
    public void ApiEndpoints_CallTheSameUseCaseClassesAsPages()
    {
        var services = Types.InAssembly(WebAssembly)
            .That().ResideInNamespace($"{Web}.Features").And().HaveNameEndingWith("Service").And().AreClasses()
            .GetTypes()
            .ToList();
        Assert.NotEmpty(services);

        var usedOnlyByTheApi = services
            .Where(service => UsedBy($"{Web}.Api", service) && !UsedBy($"{Web}.Components", service))
            .Select(service => service.FullName)
            .ToList();

        Assert.Empty(usedOnlyByTheApi);
        Assert.Contains(services, service => UsedBy($"{Web}.Api", service) && UsedBy($"{Web}.Components", service));
    }

    private static bool UsedBy(string callerNamespace, Type service) =>
        Types.InAssembly(WebAssembly)
            .That().ResideInNamespace(callerNamespace).And().HaveDependencyOn(service.FullName)
            .GetTypes()
            .Any();

    // NetArchTest does not look at catch clauses; an EF Core exception caught in a page is a dependency all the same.
    private static List<string> CatchesOfEfCoreTypes(string callerNamespace) =>
        WebAssembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith(callerNamespace, StringComparison.Ordinal) == true)
            .SelectMany(type => type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .SelectMany(method => method.GetMethodBody()?.ExceptionHandlingClauses ?? [])
                .Where(clause => clause.Flags == ExceptionHandlingClauseOptions.Clause
                    && clause.CatchType?.Namespace?.StartsWith(EfCore, StringComparison.Ordinal) == true)
                .Select(clause => $"{type.FullName} catches {clause.CatchType!.Name}"))
            .Distinct()
            .ToList();

    private static void AssertKept(TestResult result) =>
        Assert.True(result.IsSuccessful, "Broken by: " + string.Join(", ", result.FailingTypeNames ?? []));
}
