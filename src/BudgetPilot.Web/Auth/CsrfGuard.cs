using Microsoft.AspNetCore.Antiforgery;

namespace BudgetPilot.Web.Auth;

/// <summary>
/// Every state-changing request that a browser could send with its cookie must carry the antiforgery token
/// (header X-CSRF-TOKEN or form field). Bearer-token requests carry no ambient credential, so they are exempt.
/// </summary>
public static class CsrfGuard
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var method = context.Request.Method;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (unsafeMethod && !bearer)
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await TypedResults.Problem("Missing or invalid antiforgery token (send the X-CSRF-TOKEN header).", statusCode: StatusCodes.Status400BadRequest)
                    .ExecuteAsync(context);
                return;
            }
        }

        await next();
    }
}
