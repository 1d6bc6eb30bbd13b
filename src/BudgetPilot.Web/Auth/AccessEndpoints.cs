using System.Security.Claims;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Auth;

/// <summary>
/// Users and API tokens, Admin only. Every change is written to the audit log (who did what to whom); a token
/// is shown in clear once, in the answer that creates it, and never again.
/// </summary>
public static class AccessEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("").RequireAuthorization(Roles.AdminPolicy);
        admin.MapGet("/users", Users);
        admin.MapPost("/users", SaveUserAsync);
        admin.MapPost("/users/{name}/disable", (string name, UserBook users, WorkspaceContext ctx, ClaimsPrincipal user, CancellationToken ct) => SetDisabledAsync(name, true, users, ctx, user, ct));
        admin.MapPost("/users/{name}/enable", (string name, UserBook users, WorkspaceContext ctx, ClaimsPrincipal user, CancellationToken ct) => SetDisabledAsync(name, false, users, ctx, user, ct));
        admin.MapGet("/tokens", Tokens);
        admin.MapPost("/tokens", CreateTokenAsync);
        admin.MapPost("/tokens/{id}/revoke", RevokeTokenAsync);
    }

    public static Ok<IReadOnlyList<UserView>> Users(UserBook users) =>
        TypedResults.Ok<IReadOnlyList<UserView>>([.. users.List().OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Select(u => new UserView(u.Name, u.Role, u.Disabled))]);

    public static async Task<Results<Ok<UserView>, ValidationProblem>> SaveUserAsync(NewUser input, UserBook users, WorkspaceContext ctx, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var name = input.Name?.Trim() ?? "";
        var before = users.Find(name);
        if (users.Save(name, input.Role ?? "", input.Password ?? "") is { } error)
        {
            return Invalid(Field(error), error);
        }

        var what = before is null ? $"Created user '{name}' ({input.Role})" : $"Replaced user '{name}' ({before.Role}{(before.Disabled ? ", disabled" : "")} → {input.Role}, new password)";
        await AuditAsync(ctx, user, what, cancellationToken);
        return TypedResults.Ok(new UserView(name, input.Role!));
    }

    public static async Task<Results<Ok<UserView>, ValidationProblem>> SetDisabledAsync(string name, bool disabled, UserBook users, WorkspaceContext ctx, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // An Admin who locks themselves out cannot undo it from the dashboard.
        if (disabled && string.Equals(name, user.Identity?.Name, StringComparison.OrdinalIgnoreCase))
        {
            return Invalid("name", "You cannot disable the user you are signed in as.");
        }

        if (users.SetDisabled(name, disabled) is { } error)
        {
            return Invalid("name", error);
        }

        var changed = users.Find(name)!;
        await AuditAsync(ctx, user, $"{(disabled ? "Disabled" : "Enabled")} user '{changed.Name}' ({changed.Role})", cancellationToken);
        return TypedResults.Ok(new UserView(changed.Name, changed.Role, changed.Disabled));
    }

    public static Ok<IReadOnlyList<TokenView>> Tokens(TokenBook tokens) =>
        TypedResults.Ok<IReadOnlyList<TokenView>>([.. tokens.List().OrderByDescending(t => t.CreatedAt).Select(t => new TokenView(t.Id, t.Name, t.Role, t.CreatedAt, t.RevokedAt))]);

    public static async Task<Results<Ok<NewToken>, ValidationProblem>> CreateTokenAsync(TokenRequest input, TokenBook tokens, WorkspaceContext ctx, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 64)
        {
            return Invalid("name", "A token needs a name of 1 to 64 characters.");
        }

        if (!Roles.IsKnown(input.Role ?? ""))
        {
            return Invalid("role", $"Role must be one of {string.Join(", ", Roles.All)}.");
        }

        var name = input.Name.Trim();
        var token = tokens.Create(name, input.Role!);
        await AuditAsync(ctx, user, $"Created API token '{name}' ({input.Role})", cancellationToken);
        return TypedResults.Ok(new NewToken(name, input.Role!, token));
    }

    public static async Task<Results<Ok<TokenView>, NotFound<string>>> RevokeTokenAsync(string id, TokenBook tokens, WorkspaceContext ctx, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (tokens.Revoke(id) is not { } revoked)
        {
            return TypedResults.NotFound($"No live token '{id}'.");
        }

        await AuditAsync(ctx, user, $"Revoked API token '{revoked.Name}' ({revoked.Role}, {revoked.Id})", cancellationToken);
        return TypedResults.Ok(new TokenView(revoked.Id, revoked.Name, revoked.Role, revoked.CreatedAt, revoked.RevokedAt));
    }

    private static Task<AuditEntry> AuditAsync(WorkspaceContext ctx, ClaimsPrincipal user, string what, CancellationToken cancellationToken) =>
        ctx.AuditAsync(new AuditEntry(ctx.Id, ctx.Time.GetUtcNow(), AuditKind.AccessChanged, $"user:{user.Identity?.Name ?? "unknown"}", what), cancellationToken);

    private static string Field(string error) =>
        error.Contains("password", StringComparison.OrdinalIgnoreCase) ? "password" : error.Contains("Role", StringComparison.Ordinal) ? "role" : "name";

    private static ValidationProblem Invalid(string field, string error) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [error] });
}
