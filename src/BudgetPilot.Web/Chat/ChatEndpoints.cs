using System.Security.Claims;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Web.Auth;
using BudgetPilot.Web.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Chat;

public static class ChatEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/chat", AskAsync);

    public static async Task<Results<Ok<ChatAnswer>, ValidationProblem>> AskAsync(ChatQuestion body, WorkspaceContext ctx, SnapshotCache snapshots, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Question) || body.Question.Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["question"] = ["Ask a question of 1 to 500 characters."] });
        }

        var who = new ChatUser(user.Identity?.Name ?? "unknown", user.IsInRole(Roles.Approver) || user.IsInRole(Roles.Admin));
        return TypedResults.Ok(await ChatDesk.AnswerAsync(ctx, snapshots, body.Question.Trim(), cancellationToken, who));
    }
}
