using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;

namespace Automatisering.Functions.Infrastructure.OpenApi;

/// <summary>
/// The OpenAPI 3 description of every HTTP function, built from the code itself: the <c>[Function]</c> methods with
/// their <c>[HttpTrigger]</c> (routes, methods, route parameters) and the body and query attributes. So a new
/// function is described the moment it exists, and the description never names a route that does not.
/// </summary>
public static partial class ApiDescription
{
    private const string RoutePrefix = "/api/";
    private static readonly Lazy<string> Json = new(() => Serialize(Build()));

    /// <summary>The description as OpenAPI 3.0 JSON (built once).</summary>
    public static string AsJson => Json.Value;

    public static OpenApiDocument Build()
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "Automatisering",
                Version = typeof(ApiDescription).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
                Description = "Besluitvorming, samenwerking en documenten van de gemeenten. Fouten zijn problem details (RFC 9457) in het Nederlands, met het veld en de reden.",
            },
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents { Schemas = new Dictionary<string, IOpenApiSchema>() },
        };
        document.Components.Schemas["ProblemDetails"] = ProblemDetailsSchema();
        var schemas = new SchemaBuilder(document);

        foreach (var (method, trigger) in HttpFunctions().OrderBy(f => f.Trigger.Route, StringComparer.Ordinal))
        {
            var path = RoutePrefix + RouteParameter().Replace(trigger.Route!, m => "{" + m.Groups["name"].Value + "}");
            if (!document.Paths.TryGetValue(path, out var item))
            {
                item = new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation>() };
                document.Paths[path] = item;
            }

            foreach (var verb in trigger.Methods ?? [])
            {
                ((OpenApiPathItem)item).Operations![new HttpMethod(verb.ToUpperInvariant())] = Operation(method, trigger, schemas);
            }
        }

        return document;
    }

    /// <summary>Every HTTP-trigger function of the app, with its trigger.</summary>
    public static IEnumerable<(MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions() =>
        from type in typeof(ApiDescription).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
        where trigger is not null
        select (method, trigger);

    private static OpenApiOperation Operation(MethodInfo method, HttpTriggerAttribute trigger, SchemaBuilder schemas)
    {
        var name = method.GetCustomAttribute<FunctionAttribute>()!.Name;
        var operation = new OpenApiOperation
        {
            OperationId = name,
            Summary = name,
            Tags = new HashSet<OpenApiTagReference> { new(method.DeclaringType!.Name.Replace("Functions", "", StringComparison.Ordinal).Replace("Function", "", StringComparison.Ordinal)) },
            Parameters = new List<IOpenApiParameter>(),
            Responses = new OpenApiResponses
            {
                [method.GetCustomAttribute<CreatesAttribute>() is null ? "200" : "201"] = new OpenApiResponse { Description = "Gelukt" },
            },
        };

        foreach (Match match in RouteParameter().Matches(trigger.Route!))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = match.Groups["name"].Value,
                In = ParameterLocation.Path,
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = match.Groups["name"].Value == "datum" ? "date" : null },
            });
        }

        foreach (var query in method.GetCustomAttributes<QueryParameterAttribute>())
        {
            operation.Parameters.Add(new OpenApiParameter { Name = query.Name, In = ParameterLocation.Query, Description = query.Description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        }

        if (method.GetCustomAttribute<JsonBodyAttribute>() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schemas.For(body.Type) } },
            };
        }
        else if (method.GetCustomAttribute<FileBodyAttribute>() is not null)
        {
            var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/octet-stream"] = new OpenApiMediaType { Schema = file },
                    ["multipart/form-data"] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema> { ["bestand"] = file } },
                    },
                },
            };
        }

        foreach (var (status, description) in new[] { ("400", "Ongeldige invoer: het veld en de reden"), ("401", "Niet aangemeld"), ("403", "Niet toegestaan"), ("404", "Niet gevonden"), ("409", "Gelijktijdig gewijzigd of kan nu niet") })
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", schemas.Document) } },
            };
        }

        return operation;
    }

    private static OpenApiSchema ProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Per veld de redenen",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    private static string Serialize(OpenApiDocument document)
    {
        using var writer = new StringWriter();
        document.SerializeAsV3(new OpenApiJsonWriter(writer));
        return writer.ToString();
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    /// <summary>Schemas of the request records, by reflection, as the API's JSON options name them (camelCase).</summary>
    private sealed class SchemaBuilder(OpenApiDocument document)
    {
        private readonly HashSet<Type> _done = [];

        public OpenApiDocument Document { get; } = document;

        public IOpenApiSchema For(Type type)
        {
            var nullable = Nullable.GetUnderlyingType(type);
            type = nullable ?? type;
            if (type == typeof(string))
            {
                return new OpenApiSchema { Type = JsonSchemaType.String };
            }

            if (type == typeof(bool))
            {
                return new OpenApiSchema { Type = JsonSchemaType.Boolean };
            }

            if (type == typeof(int) || type == typeof(long))
            {
                return new OpenApiSchema { Type = JsonSchemaType.Integer };
            }

            if (type == typeof(DateOnly))
            {
                return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
            }

            if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
            {
                return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
            }

            if (type == typeof(JsonElement))
            {
                return new OpenApiSchema { Type = JsonSchemaType.Object, Description = "De velden van het sjabloon (zie het schema van het sjabloon)." };
            }

            if (type.IsEnum)
            {
                return new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [.. Enum.GetNames(type).Select(n => (System.Text.Json.Nodes.JsonNode)JsonNamingPolicy.CamelCase.ConvertName(n))],
                };
            }

            if (type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
            {
                return new OpenApiSchema { Type = JsonSchemaType.Array, Items = For(type.GetGenericArguments()[0]) };
            }

            if (_done.Add(type))
            {
                Document.Components!.Schemas![type.Name] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => For(p.PropertyType)),
                };
            }

            return new OpenApiSchemaReference(type.Name, Document);
        }
    }
}
