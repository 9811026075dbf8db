using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace HojeTaastrup.Admin.Web.Security;

public sealed record DemoUser(string UserName, string DisplayName, string Role);

// Roles always; the first administrator from configuration when none exists; demo users on request.
public sealed class IdentitySeeder(
    UserManager<AdminUser> userManager,
    RoleManager<IdentityRole> roleManager,
    ILogger<IdentitySeeder> logger)
{
    public const string DemoPassword = "Demo-kode-2010";

    public static IReadOnlyList<DemoUser> DemoUsers { get; } =
    [
        new("admin", "Anne Administrator", Roles.Administrator),
        new("direktor", "Dorthe Direktør", Roles.Director),
        new("okonomi", "Ole Økonomi", Roles.Finance),
        new("med", "Mette MED", Roles.MedMember),
        new("laeser", "Lars Læser", Roles.Reader),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    public async Task EnsureBootstrapAdministratorAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        if ((await userManager.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var user = await userManager.FindByNameAsync(userName);
        if (user is null)
        {
            user = new AdminUser { UserName = userName, DisplayName = userName };
            Check(await userManager.CreateAsync(user, password), userName);
        }

        Check(await userManager.AddToRoleAsync(user, Roles.Administrator), userName);
        logger.LogInformation("Created the first administrator {UserName} from configuration", userName);
    }

    public async Task EnsureDemoUsersAsync()
    {
        foreach (var demo in DemoUsers)
        {
            if (await userManager.FindByNameAsync(demo.UserName) is not null)
            {
                continue;
            }

            var user = new AdminUser { UserName = demo.UserName, DisplayName = demo.DisplayName };
            Check(await userManager.CreateAsync(user, DemoPassword), demo.UserName);
            Check(await userManager.AddToRoleAsync(user, demo.Role), demo.UserName);
        }

        logger.LogInformation("Demo users are present: {UserNames}", string.Join(", ", DemoUsers.Select(u => u.UserName)));
    }

    private static void Check(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed {subject}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
