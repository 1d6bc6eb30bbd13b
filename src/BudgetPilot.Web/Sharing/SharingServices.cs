using Microsoft.AspNetCore.DataProtection;

namespace BudgetPilot.Web.Sharing;

public static class SharingServices
{
    /// <summary>
    /// Share links and the Data Protection keys that sign them (and the login cookies), kept in the web data folder
    /// beside the database so links and sessions survive a restart. Nodes behind one address must share that folder.
    /// </summary>
    public static IServiceCollection AddBudgetPilotSharing(this IServiceCollection services, WebOptions options)
    {
        services.AddDataProtection()
            .SetApplicationName("BudgetPilot")
            .PersistKeysToFileSystem(new DirectoryInfo(options.PathOf("keys")));
        services.AddSingleton<ShareBook>();
        return services;
    }
}
