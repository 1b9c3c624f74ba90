using Automatisering.LocalHost.Functions;
using Microsoft.AspNetCore.Routing.Template;

namespace Automatisering.LocalHost.Http;

/// <summary>One HTTP function's route template (<c>{routePrefix}/{route}</c>) and methods.</summary>
internal sealed class HttpRoute
{
    public HttpRoute(FunctionDefinition function, string routePrefix)
    {
        Function = function;
        var route = function.Trigger.Route ?? function.Name;
        Template = TemplateParser.Parse(string.IsNullOrEmpty(routePrefix) ? route.Trim('/') : $"{routePrefix}/{route.Trim('/')}");
        Matcher = new TemplateMatcher(Template, new RouteValueDictionary());
        Precedence = RoutePrecedence.ComputeInbound(Template);
        Methods = function.Trigger.Methods is { Length: > 0 } methods ? new HashSet<string>(methods, StringComparer.OrdinalIgnoreCase) : null;
    }

    public FunctionDefinition Function { get; }

    public RouteTemplate Template { get; }

    public TemplateMatcher Matcher { get; }

    /// <summary>Lower is more specific: literal segments before parameters, catch-alls last (as ASP.NET Core ranks them).</summary>
    public decimal Precedence { get; }

    /// <summary>Allowed methods; null allows every method (a trigger without <c>methods</c>).</summary>
    public IReadOnlySet<string>? Methods { get; }
}
