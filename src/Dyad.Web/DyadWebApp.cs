using System.Reflection;
using Dyad.Knowledge;
using Dyad.Storage;
using Dyad.Storage.Sqlite;
using Dyad.Web.Annotations;
using Dyad.Web.Api;
using Dyad.Web.Events;
using Dyad.Web.Ingest;
using Dyad.Web.Pages;
using Dyad.Web.Reviews;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dyad.Web;

/// <summary>How <c>dyad serve</c> runs.</summary>
public sealed record ServeOptions
{
    /// <summary>The store (a SQLite file); created when missing.</summary>
    public required string DbPath { get; init; }

    /// <summary>Where to listen; port 0 picks a free one.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    public KnowledgeBase? Knowledge { get; init; }

    /// <summary>Log warnings and errors to the console (off for tests).</summary>
    public bool Log { get; init; }
}

/// <summary>Settings the endpoints read: whether reads need a login (off loopback).</summary>
public sealed record WebSettings(bool LoginToRead);

/// <summary>
/// Dyad's web server: pages and the JSON API over one store, on ASP.NET Core's own server (Kestrel).
/// Reads are open on loopback; every change needs a user and, from a browser, a CSRF token; listening
/// beyond loopback without users is refused.
/// </summary>
public sealed class DyadWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DyadWebApp(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <summary>The addresses the server listens on once started (with the real port when 0 was asked).</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>Builds the server; throws <see cref="InvalidOperationException"/> when it must not listen where asked.</summary>
    public static DyadWebApp Create(ServeOptions options)
    {
        var store = SqliteDocumentStore.Open(options.DbPath);
        var users = new UserStore(options.DbPath);
        if (Binding.Refusal(options.Urls, users.HasUsers()) is { } refusal)
        {
            users.Dispose();
            store.Dispose();
            throw new InvalidOperationException(refusal);
        }
        var knowledge = options.Knowledge ?? KnowledgeBase.Default;
        var reviews = new SqliteReviewStore(options.DbPath);
        var annotations = new DocumentAnnotations(store, knowledge);
        var source = new FusedEventSource(store, store);
        var catalog = new EventCatalog(source, reviews);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 256L * 1024 * 1024);
        builder.Logging.ClearProviders();
        if (options.Log) builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        var services = builder.Services;
        services.AddSingleton<IDocumentStore>(store);
        services.AddSingleton<IEventStore>(store);
        services.AddSingleton(users);
        services.AddSingleton<IReviewStore>(reviews);
        services.AddSingleton(annotations);
        services.AddSingleton<IEventSource>(source);
        services.AddSingleton(catalog);
        services.AddSingleton(new ReviewService(catalog, reviews));
        services.AddSingleton(new UploadJobs(store, knowledge, options.DbPath + ".uploads", source, annotations));
        services.AddSingleton(new WebSettings(LoginToRead: !Binding.IsLoopbackOnly(options.Urls)));
        // Article text is hostile: <, >, &, ' and " leave as \u escapes even in JSON (ASP.NET's default encoder lets them through).
        services.ConfigureHttpJsonOptions(json => WebJson.Configure(json.SerializerOptions));
        services.AddDataProtection().SetApplicationName("dyad").PersistKeysToFileSystem(new DirectoryInfo(options.DbPath + ".keys"));
        services.AddAntiforgery(a =>
        {
            a.HeaderName = "X-CSRF-TOKEN";
            a.Cookie.Name = "dyad.csrf";
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthentication("dyad")
            .AddPolicyScheme("dyad", "login cookie or API token", p => p.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(c =>
            {
                c.Cookie.Name = "dyad.auth";
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Strict;
                c.ExpireTimeSpan = TimeSpan.FromHours(8);
                c.SlidingExpiration = true;
                c.LoginPath = "/login";
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dyad API";
            document.Info.Description = "Dyad's sourced record of relations between states: documents, events with their evidence, reviews and the audit log. " +
                "Reads are open on loopback; changes need a login cookie with the X-CSRF-TOKEN header, or Authorization: Bearer <token> (dyad users token NAME).";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.MapGet("/static/{name}", StaticFile).ExcludeFromDescription();
        app.UseAuthentication();
        app.Use(ReadGuard);
        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            reviews.Dispose();
            users.Dispose();
            store.Dispose();
        });
        return new DyadWebApp(app);
    }

    public Task StartAsync(CancellationToken cancellation = default) => _app.StartAsync(cancellation);

    /// <summary>Returns once the server has stopped: on SIGTERM or Ctrl+C (the host's own handling), or when <paramref name="cancellation"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation = default) => _app.WaitForShutdownAsync(cancellation);

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try { await _app.StopAsync(); } catch (InvalidOperationException) { } // never started
        await _app.DisposeAsync();
    }

    /// <summary>Defence behind escaping: no inline script, no script from elsewhere, no framing, no sniffing.</summary>
    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }

    /// <summary>Off loopback, reading needs a login too; the login page and its CSS and script stay open.</summary>
    private static Task ReadGuard(HttpContext http, Func<Task> next)
    {
        var settings = http.RequestServices.GetRequiredService<WebSettings>();
        var path = http.Request.Path;
        if (!settings.LoginToRead || http.User.Identity?.IsAuthenticated == true
            || path.StartsWithSegments("/login") || path.StartsWithSegments("/static"))
            return next();
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi"))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        http.Response.Redirect("/login?return=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
        return Task.CompletedTask;
    }

    private static readonly Assembly Assembly = typeof(DyadWebApp).Assembly;

    private static IResult StaticFile(string name)
    {
        var type = Path.GetExtension(name) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", ".svg" => "image/svg+xml", _ => null };
        var stream = type is null ? null : Assembly.GetManifestResourceStream("Dyad.Web.wwwroot." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, type);
    }
}
