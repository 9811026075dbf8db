using HojeTaastrup.Admin.Data;
using Microsoft.AspNetCore.DataProtection;

namespace HojeTaastrup.Admin.Web.Security;

// Keys protect cookies and API tokens, so they must survive a restart (or everyone is signed out) and be
// the same on every web node (or a node refuses what another issued).
//   DataProtection:Store       Folder (default): one node, or nodes sharing the folder
//                              Database: the DataProtectionKeys table, for several nodes on one database
//   DataProtection:KeysFolder  with Folder: App_Data/keys under the content root by default
public static class DataProtectionSetup
{
    public const string StoreKey = "DataProtection:Store";
    public const string KeysFolderKey = "DataProtection:KeysFolder";

    public static IServiceCollection AddAdminDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var dataProtection = services.AddDataProtection().SetApplicationName("HojeTaastrup.Admin");
        var store = configuration[StoreKey]?.Trim();
        if (string.Equals(store, "Database", StringComparison.OrdinalIgnoreCase))
        {
            dataProtection.PersistKeysToDbContext<AdminDbContext>();
            return services;
        }

        if (!string.IsNullOrEmpty(store) && !string.Equals(store, "Folder", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{StoreKey} '{store}' is not supported: use Folder or Database.");
        }

        var keysFolder = configuration[KeysFolderKey];
        if (string.IsNullOrWhiteSpace(keysFolder))
        {
            keysFolder = Path.Combine(environment.ContentRootPath, "App_Data", "keys");
        }

        dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        return services;
    }
}
