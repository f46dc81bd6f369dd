using System.Security.Claims;
using Dyad.Storage;
using Dyad.Web.Annotations;
using Dyad.Web.Api;
using Dyad.Web.Events;
using Dyad.Web.Reviews;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Pages;

/// <summary>The pages, and the form posts behind their buttons (each a change through <see cref="ChangeGuard"/>, then back to a page).</summary>
public static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (HttpContext http, EventCatalog catalog, string? pair) => Page(OverviewPage.Render(Context(http), catalog, pair)));
        pages.MapGet("/events", (HttpContext http, EventCatalog catalog, [AsParameters] EventListParameters query) =>
            Page(EventPages.List(Context(http), catalog, query.ToFilter())));
        pages.MapGet("/events/{id}", (HttpContext http, EventCatalog catalog, IReviewStore reviews, IDocumentStore store, IEventStore fusion, string id, string? message) =>
            EventPages.Detail(Context(http), catalog, reviews, store, fusion, id, message) is { } html ? Page(html) : NotFound(http, $"No event {id}."));
        pages.MapGet("/documents", (HttpContext http, IDocumentStore store, string? q, int? offset) =>
            Page(DocumentPages.List(Context(http), store, q, Math.Max(0, offset ?? 0))));
        pages.MapGet("/documents/{id}", (HttpContext http, DocumentAnnotations annotations, EventCatalog catalog, string id, string? hl) =>
            DocumentPages.View(Context(http), annotations, catalog, id, hl) is { } html ? Page(html) : NotFound(http, $"No document {id}."));
        pages.MapGet("/entities", (HttpContext http, EventCatalog catalog) => Page(EntityPages.List(Context(http), catalog)));
        pages.MapGet("/entities/person", (HttpContext http, EventCatalog catalog, string name) => Page(EntityPages.Person(Context(http), catalog, name)));
        pages.MapGet("/entities/equipment", (HttpContext http, EventCatalog catalog, string id) => Page(EntityPages.Equipment(Context(http), catalog, id)));
        pages.MapGet("/upload", (HttpContext http) => Page(WorkPages.Upload(Context(http))));
        pages.MapGet("/exports", (HttpContext http) => Page(WorkPages.Exports(Context(http))));
        pages.MapGet("/audit", (HttpContext http, IReviewStore reviews, string? message) => Page(WorkPages.Audit(Context(http), reviews, message)));
        pages.MapGet("/api", (HttpContext http) => Page(ApiPage.Render(Context(http))));
        pages.MapGet("/login", (HttpContext http, string? @return) => Page(WorkPages.Login(Context(http), @return, null)));
        pages.MapPost("/login", LogIn).DisableAntiforgery();
        pages.MapPost("/logout", (Delegate)LogOut).DisableAntiforgery().AddEndpointFilter(ChangeGuard.Form);

        var forms = app.MapGroup("").ExcludeFromDescription().AddEndpointFilter(ChangeGuard.Form).DisableAntiforgery();
        forms.MapPost("/events/{id}/review", ReviewForm);
        forms.MapPost("/events/{id}/split", SplitForm);
        forms.MapPost("/events/merge", MergeForm);
        forms.MapPost("/audit/{seq}/revert", RevertForm);
    }

    internal static PageContext Context(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var user = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : null;
        var canLogIn = user is null && http.RequestServices.GetRequiredService<UserStore>().HasUsers();
        return new PageContext(user, tokens.RequestToken ?? "", canLogIn, http.Request.Path + http.Request.QueryString);
    }

    private static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static IResult NotFound(HttpContext http, string what) =>
        Results.Content(WorkPages.NotFound(Context(http), what), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> LogIn(HttpContext http, UserStore users, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "CSRF token missing or invalid");
        var form = await http.Request.ReadFormAsync();
        var returnTo = LocalPath(form["return"]);
        var name = users.CheckPassword(form["name"].ToString(), form["password"].ToString());
        if (name is null)
            return Results.Content(WorkPages.Login(Context(http), returnTo, "Wrong name or password."), "text/html; charset=utf-8", statusCode: 401);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnTo);
    }

    private static async Task<IResult> LogOut(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }

    private static async Task<IResult> ReviewForm(HttpContext http, ReviewService service, string id)
    {
        var form = await http.Request.ReadFormAsync();
        var action = form["action"].ToString();
        var fields = action == "edit"
            ? EventEdits.Fields.Where(f => form.ContainsKey(f)).ToDictionary(f => f, f => (string?)form[f].ToString())
            : null;
        return Back(http, id, () => service.Review(ChangeGuard.User(http), id, new ReviewRequest { Action = action, Fields = fields, Note = form["note"] }));
    }

    private static async Task<IResult> SplitForm(HttpContext http, ReviewService service, string id)
    {
        var form = await http.Request.ReadFormAsync();
        try
        {
            var (entry, newId) = service.Split(ChangeGuard.User(http), id, new SplitRequest(form["evidence"].OfType<string>().ToList()));
            return Results.Redirect(EventText.Link(newId) + "?message=" + Html.Url($"Split off {id} (audit #{entry.Seq})."));
        }
        catch (ReviewException e)
        {
            return Results.Redirect(EventText.Link(id) + "?message=" + Html.Url(e.Message));
        }
    }

    private static async Task<IResult> MergeForm(HttpContext http, ReviewService service)
    {
        var form = await http.Request.ReadFormAsync();
        var ids = form["ids"].OfType<string>().Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return Back(http, ids.FirstOrDefault() ?? "", () => service.Merge(ChangeGuard.User(http), new MergeRequest(ids)));
    }

    private static IResult RevertForm(HttpContext http, ReviewService service, long seq)
    {
        try
        {
            var entry = service.Revert(ChangeGuard.User(http), seq);
            return Results.Redirect($"/audit?message={Html.Url($"Undone as #{entry.Seq}.")}#a{entry.Seq}");
        }
        catch (ReviewException e)
        {
            return Results.Redirect($"/audit?message={Html.Url(e.Message)}");
        }
    }

    /// <summary>Makes the change and goes back to the event's page with what happened said at the top.</summary>
    private static IResult Back(HttpContext http, string id, Func<AuditEntry> change)
    {
        string message;
        try
        {
            var entry = change();
            message = $"Saved as audit #{entry.Seq}: {entry.Summary}";
        }
        catch (ReviewException e)
        {
            message = e.Message;
        }
        return Results.Redirect(EventText.Link(id) + "?message=" + Html.Url(message));
    }

    /// <summary>Only a path on this site: "//evil.example" and absolute URLs are refused (open redirect).</summary>
    private static string LocalPath(string? value) =>
        value is { Length: > 0 } v && v[0] == '/' && (v.Length == 1 || (v[1] != '/' && v[1] != '\\')) ? v : "/";
}
