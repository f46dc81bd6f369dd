namespace Dyad.Web.Pages;

/// <summary>What every page needs to know about the request: who is logged in, the CSRF token for its forms, where it is.</summary>
public sealed record PageContext(string? User, string CsrfToken, bool CanLogIn, string PathAndQuery);
