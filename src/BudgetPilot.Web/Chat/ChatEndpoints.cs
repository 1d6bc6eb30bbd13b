using System.Security.Claims;
using BudgetPilot.Ai;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Web.Auth;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BudgetPilot.Web.Chat;

public static class ChatEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/chat", AskAsync);

    public static async Task<Results<Ok<ChatAnswer>, ValidationProblem>> AskAsync(ChatQuestion body, WorkspaceContext ctx, SnapshotCache snapshots, ClaimsPrincipal user, CancellationToken cancellationToken, [FromServices] LlmChat? llm = null)
    {
        if (string.IsNullOrWhiteSpace(body.Question) || body.Question.Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["question"] = ["Ask a question of 1 to 500 characters."] });
        }

        var who = new ChatUser(user.Identity?.Name ?? "unknown", user.IsInRole(Roles.Approver) || user.IsInRole(Roles.Admin));
        var question = body.Question.Trim();

        // With an LLM the answer is worded by it from the same facts; without one, or when it fails, the interpreter answers.
        if (llm is not null && await llm.AskAsync(question, new ChatFacts(ctx, snapshots, who, question), cancellationToken) is { } answer)
        {
            return TypedResults.Ok(new ChatAnswer(question, answer.Lines, "llm"));
        }

        return TypedResults.Ok(await ChatDesk.AnswerAsync(ctx, snapshots, question, cancellationToken, who));
    }
}
