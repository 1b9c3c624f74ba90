namespace Automatisering.Web;

/// <summary>Entry point of the web interface; a named class so the tests can tell it from the function app.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddWebApp();

        var app = builder.Build();
        app.MapWebApp();
        app.Run();
    }
}
