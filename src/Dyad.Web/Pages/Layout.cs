namespace Dyad.Web.Pages;

/// <summary>The frame of every page: head, navigation, who is logged in. No inline script or style (the CSP forbids them).</summary>
public static class Layout
{
    private static readonly (string Href, string Label)[] Sections =
    [
        ("/", "Overview"), ("/events", "Events"), ("/documents", "Documents"), ("/entities", "Entities"),
        ("/upload", "Upload"), ("/exports", "Exports"), ("/audit", "Audit log"), ("/api", "API"),
    ];

    public static string Page(PageContext context, string title, RawHtml body, string section)
    {
        var html = new Html();
        html.Add($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Dyad</title>
            <meta name="csrf-token" content="{context.CsrfToken}">
            <link rel="stylesheet" href="/static/site.css"><script src="/static/site.js" defer></script>
            </head><body><header class="top"><a class="brand" href="/">Dyad</a><nav>
            """);
        foreach (var (href, label) in Sections)
            html.Add($"""<a href="{href}"{(href == section ? new RawHtml(" class=\"here\" aria-current=\"page\"") : default)}>{label}</a>""");
        html.Add($"""</nav><div class="who">""");
        if (context.User is { } user)
            html.Add($"""<span class="user">{user}</span><form method="post" action="/logout" class="inline">{Csrf(context)}<button>Log out</button></form>""");
        else if (context.CanLogIn)
            html.Add($"""<a href="/login?return={Html.Url(context.PathAndQuery)}">Log in</a>""");
        else
            html.Add($"""<span class="muted" title="add a user with: dyad users add NAME">read only</span>""");
        html.Add($"""</div></header><main>{body}</main><footer>Dyad · every fact one click from its evidence</footer></body></html>""");
        return html.ToString();
    }

    /// <summary>The hidden field that carries the CSRF token in a form.</summary>
    public static RawHtml Csrf(PageContext context) =>
        new Html().Add($"""<input type="hidden" name="__RequestVerificationToken" value="{context.CsrfToken}">""").ToRaw();

    public static RawHtml Message(string? text, string kind = "note") =>
        string.IsNullOrEmpty(text) ? default : new Html().Add($"""<p class="{kind}">{text}</p>""").ToRaw();
}
