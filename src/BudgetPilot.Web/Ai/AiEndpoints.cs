using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Ai;

public static class AiEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/ai", GetAsync);

    public static async Task<Ok<AiView>> GetAsync(WorkspaceContext ctx, AiConnection connection, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var cycles = await ctx.Stores.Cycles.ListAsync(ctx.Id, now - TimeSpan.FromDays(1), now + TimeSpan.FromTicks(1), cancellationToken);
        var noted = cycles.Where(c => c.Report?.Ai is not null).Select(c => (c.At, Note: c.Report!.Ai!)).ToList();
        var calls = noted.Where(n => n.Note.Status != AiCallStatus.Skipped).ToList();
        var latest = noted.Count == 0 ? null : View(noted[0].At, noted[0].Note);
        var spend = new AiSpendView(calls.Count, calls.Sum(c => c.Note.Usage.InputTokens), calls.Sum(c => c.Note.Usage.OutputTokens), calls.Sum(c => c.Note.Usage.Cost));
        var o = connection.Options;
        return TypedResults.Ok(new AiView(connection.Connected, o.Provider.ToString(), o.Model, connection.Reason, latest, spend));
    }

    private static AiCycleView View(DateTimeOffset at, AiNote n) => new(
        at, n.Status.ToString(), n.Summary, n.OverallHealth?.ToString().ToUpperInvariant(), n.RisksAndCaveats, n.ExpectedOutcomes, n.Accepted, n.Dropped,
        n.Usage.InputTokens, n.Usage.OutputTokens, n.Usage.Cost, Math.Round(n.Usage.Latency.TotalSeconds, 2));
}
