using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Web;

if (!BudgetPilotConfigFile.TryRead(args, Console.Error, out var config))
{
    return 2;
}

// appsettings.json ships beside the binary; the working directory stays the caller's, where budgetpilot.yaml and data/ are.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddBudgetPilotWeb(config);

var app = builder.Build();
app.MapBudgetPilotWeb();
await app.RunAsync();
return 0;
