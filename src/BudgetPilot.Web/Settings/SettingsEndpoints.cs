using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Settings;
using BudgetPilot.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BudgetPilot.Web.Settings;

public static class SettingsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/settings", Get);
        api.MapPut("/settings", PutAsync).RequireAuthorization(Roles.AdminPolicy);
    }

    public static Ok<WorkspaceSettings> Get(SettingsBook book) => TypedResults.Ok(book.Current);

    public static async Task<Results<Ok<SettingsChange>, ValidationProblem>> PutAsync(
        [FromBody] WorkspaceSettings next, SettingsBook book, WorkspaceContext ctx, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = book.TryReplace(next, out var previous);
        if (errors.Count > 0)
        {
            // Keyed by field so the form can put each message under the input that caused it.
            return TypedResults.ValidationProblem(SettingsFields.Errors(errors), title: "Settings not saved: some values are out of range.");
        }

        var changes = SettingsDiff.Between(previous, next);
        if (changes.Count > 0)
        {
            var user = http.User.Identity?.Name ?? "unknown";
            await ctx.AuditAsync(new AuditEntry(ctx.Id, ctx.Time.GetUtcNow(), AuditKind.SettingsChanged, $"user:{user}", string.Join("; ", changes)), cancellationToken);
        }

        return TypedResults.Ok(new SettingsChange(book.Current, changes));
    }
}
