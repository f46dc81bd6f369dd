using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Security;

/// <summary>
/// Stands before every endpoint that changes the record: no user, no change (401, or the login page for a
/// form); a user known by the login cookie must also send the CSRF token (form field or X-CSRF-TOKEN header),
/// since a browser sends cookies on its own. A bearer token is not ambient, so it needs none.
/// </summary>
public static class ChangeGuard
{
    public static async ValueTask<object?> Api(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await Check(context.HttpContext, form: false) ?? await next(context);

    public static async ValueTask<object?> Form(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await Check(context.HttpContext, form: true) ?? await next(context);

    private static async Task<IResult?> Check(HttpContext http, bool form)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return form
                ? Results.Redirect("/login?return=" + Uri.EscapeDataString(http.Request.Headers.Referer.FirstOrDefault() is { } back && Uri.TryCreate(back, UriKind.Absolute, out var u) ? u.PathAndQuery : "/"))
                : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required",
                    detail: "Changes need a login (cookie with a CSRF token) or an API token (Authorization: Bearer …).");
        }
        if (http.User.Identity.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "CSRF token missing or invalid",
                    detail: "Send the page's token in the __RequestVerificationToken field or the X-CSRF-TOKEN header.");
        }
        return null;
    }

    /// <summary>The user a change is attributed to.</summary>
    public static string User(HttpContext http) => http.User.Identity?.Name ?? throw new InvalidOperationException("change without a user");
}
