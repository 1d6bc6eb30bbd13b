using System.Globalization;
using System.Text.RegularExpressions;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Commands;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Web.Chat;

/// <summary>
/// "pause X", "increase Y by 20%", "reduce Z to 300": each becomes one proposal through the gate and the
/// approval rules (<see cref="CommandDesk"/>), never a direct platform call.
/// </summary>
public static partial class ChatCommands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public sealed record Parsed(ActionType Type, string Target, decimal? Amount, bool Percent, bool To);

    [GeneratedRegex(@"^\s*(?:please\s+)?(?<verb>pause|stop)\s+(?:the\s+)?(?<target>.+?)\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PauseCommand();

    [GeneratedRegex(@"^\s*(?:please\s+)?(?<verb>increase|raise|boost|scale|reduce|decrease|lower|cut)\s+(?:the\s+)?(?<target>.+?)(?:'s)?(?:\s+budget)?\s+(?<how>by|to)\s+(?<amount>\d+(?:\.\d+)?)\s*(?<pct>%|percent)?\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BudgetCommand();

    public static Parsed? Parse(string text)
    {
        if (BudgetCommand().Match(text) is { Success: true } b)
        {
            var up = b.Groups["verb"].Value.ToLowerInvariant() is "increase" or "raise" or "boost" or "scale";
            return new Parsed(up ? ActionType.IncreaseBudget : ActionType.ReduceBudget, b.Groups["target"].Value, decimal.Parse(b.Groups["amount"].Value, Inv), b.Groups["pct"].Success, b.Groups["how"].Value.Equals("to", StringComparison.OrdinalIgnoreCase));
        }

        // "why did you pause X" is a question, not a command: only a sentence that starts with the verb is one.
        return PauseCommand().Match(text) is { Success: true } p ? new Parsed(ActionType.Pause, p.Groups["target"].Value, null, false, false) : null;
    }

    public static async Task<ChatAnswer> RunAsync(WorkspaceContext ctx, string question, Parsed command, CampaignAnalysis? campaign, ChatUser user, CancellationToken cancellationToken)
    {
        if (campaign is null)
        {
            return new ChatAnswer(question, [$"I found no campaign matching '{command.Target}'. Use words from its name, e.g. \"pause Meta Winter Promo\"."], "command");
        }

        if (!user.MayCommand)
        {
            return new ChatAnswer(question, [$"Only an approver or an admin may give commands; '{user.Name}' can ask questions."], "command");
        }

        var budget = campaign.Campaign.DailyBudget;
        decimal? newBudget = command.Type == ActionType.Pause ? null
            : command.To ? command.Amount
            : command.Percent ? Math.Round(budget * (1m + (command.Type == ActionType.IncreaseBudget ? 1 : -1) * command.Amount!.Value / 100m), 2)
            : budget + (command.Type == ActionType.IncreaseBudget ? 1 : -1) * command.Amount!.Value;
        if (newBudget is { } n && ((command.Type == ActionType.IncreaseBudget && n <= budget) || (command.Type == ActionType.ReduceBudget && (n >= budget || n <= 0m))))
        {
            return new ChatAnswer(question, [string.Create(Inv, $"That would take '{campaign.Campaign.Name}' from {budget:N0} to {n:N0} {ctx.Workspace.Currency}/day, which is not a {(command.Type == ActionType.IncreaseBudget ? "raise" : "cut to a positive budget")}. Nothing was proposed.")], "command");
        }

        var action = CommandDesk.Proposal(campaign, command.Type, newBudget, user.Name, question, ctx.Time.GetUtcNow());
        var result = await CommandDesk.ProposeAsync(ctx, action, $"chat:{user.Name}", cancellationToken);
        return new ChatAnswer(question, [result.Message, "Your command went through the same guardrails and approval rules as any engine's proposal; the audit log has it."], "command");
    }
}
