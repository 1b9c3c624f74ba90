using Automatisering.LocalHost.Functions;

namespace Automatisering.LocalHost.Http;

/// <summary>
/// Finds the HTTP function for a request the way ASP.NET Core ranks routes (the worker maps the same templates),
/// so the host invokes the function whose endpoint the worker will run. Matching is case-insensitive.
/// </summary>
internal sealed class HttpRouteTable
{
    private readonly IReadOnlyList<HttpRoute> _routes;

    public HttpRouteTable(IEnumerable<FunctionDefinition> functions, string routePrefix)
    {
        _routes = functions
            .Where(f => f.IsHttp && !f.Disabled)
            .Select(f => new HttpRoute(f, routePrefix))
            .OrderBy(r => r.Precedence)
            .ThenBy(r => r.Template.TemplateText, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public (FunctionDefinition Function, RouteValueDictionary Values)? Match(string method, PathString path)
    {
        foreach (var route in _routes)
        {
            if (route.Methods is not null && !route.Methods.Contains(method))
            {
                continue;
            }

            var values = new RouteValueDictionary();
            if (route.Matcher.TryMatch(path, values))
            {
                return (route.Function, values);
            }
        }

        return null;
    }
}
