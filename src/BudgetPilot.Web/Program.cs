using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Web;

if (!BudgetPilotConfigFile.TryRead(args, Console.Error, out var config))
{
    return 2;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBudgetPilotWeb(config);

var app = builder.Build();
app.MapBudgetPilotWeb();
await app.RunAsync();
return 0;
