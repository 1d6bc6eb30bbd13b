using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Sharing;
using BudgetPilot.Reports.Reports;
using BudgetPilot.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Sharing;

/// <summary>
/// Approvers and admins create, list and revoke read-only links; anyone holding a live link sees the
/// report page, which has no controls (no forms, buttons or scripts) and no secrets (numbers only).
/// </summary>
public static class ShareEndpoints
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(30);

    public static void Map(WebApplication app, RouteGroupBuilder api)
    {
        var shares = api.MapGroup("/shares").RequireAuthorization(Roles.ApprovePolicy);
        shares.MapPost("/", CreateAsync);
        shares.MapGet("/", ListAsync);
        shares.MapDelete("/{id:guid}", RevokeAsync);
        app.MapGet("/shared/{token}", ShowAsync).AllowAnonymous();
    }

    public static async Task<Results<Created<ShareView>, ValidationProblem>> CreateAsync(ShareRequest request, ShareBook book, WorkspaceContext ctx, HttpContext http, CancellationToken cancellationToken)
    {
        var view = request.View ?? "weekly";
        var hours = request.ExpiresInHours ?? 72;
        var errors = new Dictionary<string, string[]>();
        if (!ShareBook.Views.Contains(view, StringComparer.Ordinal))
        {
            errors["view"] = [$"'{view}' is not a view that can be shared; use {string.Join(", ", ShareBook.Views)}."];
        }

        if (hours < 1 || TimeSpan.FromHours(hours) > MaxLifetime)
        {
            errors["expires_in_hours"] = [$"{hours} must be between 1 and {MaxLifetime.TotalHours:0} hours."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (share, token) = await book.CreateAsync(ctx.Workspace.Id, view, request.At, TimeSpan.FromHours(hours), http.User.Identity?.Name ?? "unknown", cancellationToken);
        var url = $"{http.Request.Scheme}://{http.Request.Host}/shared/{token}";
        return TypedResults.Created($"/api/v1/shares/{share.Id}", View(share, url, ctx.Time.GetUtcNow()));
    }

    public static async Task<Ok<IReadOnlyList<ShareView>>> ListAsync(ShareBook book, WorkspaceContext ctx, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ShareView>>([.. (await book.ListAsync(ctx.Workspace.Id, cancellationToken)).Select(s => View(s, null, ctx.Time.GetUtcNow()))]);

    public static async Task<Results<Ok<ShareView>, NotFound>> RevokeAsync(Guid id, ShareBook book, WorkspaceContext ctx, CancellationToken cancellationToken) =>
        await book.RevokeAsync(ctx.Workspace.Id, id, cancellationToken) is { } share ? TypedResults.Ok(View(share, null, ctx.Time.GetUtcNow())) : TypedResults.NotFound();

    public static async Task<IResult> ShowAsync(string token, ShareBook book, WorkspaceContext ctx, ReportOptions options, CancellationToken cancellationToken)
    {
        var (check, share) = await book.OpenAsync(token, ctx.Workspace.Id, cancellationToken);
        if (check != ShareCheck.Live || share is null)
        {
            return check switch
            {
                ShareCheck.Expired => TypedResults.Problem("This link has expired.", statusCode: StatusCodes.Status410Gone),
                ShareCheck.Revoked => TypedResults.Problem("This link was revoked.", statusCode: StatusCodes.Status410Gone),
                _ => TypedResults.Problem("This link is not valid.", statusCode: StatusCodes.Status403Forbidden),
            };
        }

        var now = ctx.Time.GetUtcNow();

        var builder = new ReportBuilder(ctx.Stores, ctx.Workspace, options, ctx.Time);
        var today = ctx.Workspace.LocalDate(now);
        var report = share.View switch
        {
            "daily" => await builder.DailyAsync(share.At ?? today.AddDays(-1), cancellationToken),
            "dashboard" => await builder.BuildAsync("Performance, last 7 days", now.AddDays(-7), now, cancellationToken),
            _ => await builder.WeeklyAsync(share.At ?? today, cancellationToken),
        };
        var html = ReportHtml.Render(report, ReportCharts.Draw(report), c => "data:image/png;base64," + Convert.ToBase64String(c.Png));
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    // The server's clock decides whether a link is live, never the browser's.
    private static ShareView View(ShareLink s, string? url, DateTimeOffset now) =>
        new(s.Id, s.View, s.At, s.CreatedBy, s.CreatedAt, s.ExpiresAt, s.RevokedAt, url, s.RevokedAt is not null ? "revoked" : s.ExpiresAt <= now ? "expired" : "live");
}
