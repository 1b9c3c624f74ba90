using System.Globalization;
using System.Text.Json;

namespace Automatisering.Functions.Infrastructure.Http;

/// <summary>
/// Reading a request's JSON body, query and route values so that bad input is a <see cref="BadRequestException"/>
/// naming the field, never a 500: the worker's own model binding would throw without saying which field failed.
/// </summary>
public static class HttpRequestExtensions
{
    /// <summary>JSON bodies are small; a larger one is refused before it is read into memory.</summary>
    public const long MaxJsonBytes = 1024 * 1024;

    public static async Task<T> ReadJsonAsync<T>(this HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentLength > MaxJsonBytes)
        {
            throw new BadRequestException("body", $"Het verzoek is groter dan {MaxJsonBytes / 1024} kB.");
        }

        try
        {
            using var limited = new LimitedReadStream(request.Body, MaxJsonBytes);
            return await JsonSerializer.DeserializeAsync<T>(limited, BesluitvormingJson.Options, cancellationToken)
                ?? throw new BadRequestException("body", "Het verzoek heeft geen inhoud; stuur een JSON-object.");
        }
        catch (JsonException ex) when (ex.InnerException is JsonException)
        {
            // The reader's own error (a JsonReaderException inside): the text is not JSON at all.
            throw new BadRequestException("body", "Het verzoek is geen geldige JSON.");
        }
        catch (JsonException ex)
        {
            // A value of the wrong type or an unknown enum name: the path names the field.
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            throw new BadRequestException(field, "Deze waarde heeft niet het verwachte type of een onbekende waarde.");
        }
        catch (LimitedReadStream.TooLargeException)
        {
            throw new BadRequestException("body", $"Het verzoek is groter dan {MaxJsonBytes / 1024} kB.");
        }
    }

    /// <summary>
    /// Bounds an upload before it is read: its length must be announced (Content-Length; browsers and HTTP clients
    /// send it for files) and within <paramref name="max"/>, so no request can make the app buffer more than that.
    /// </summary>
    public static long RequireLength(this HttpRequest request, long max, string field)
    {
        if (request.ContentLength is not { } length)
        {
            throw new BadRequestException(field, "Stuur de lengte van het bestand mee (Content-Length).", StatusCodes.Status411LengthRequired);
        }

        return length <= max
            ? length
            : throw new BadRequestException(field, $"Het bestand is groter dan {max / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
    }

    public static int? QueryInt(this HttpRequest request, string name)
    {
        var value = request.Query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new BadRequestException(name, "Geef een geheel getal.");
    }

    public static DateOnly RouteDate(this HttpRequest request, string name, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new BadRequestException(name, "Geef een datum als jjjj-mm-dd.");
}
