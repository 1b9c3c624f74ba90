using Automatisering.LocalHost;

// dotnet Automatisering.LocalHost.dll --script-root <dir> [--port 7071] [--settings <local.settings.json>]
var builder = Host.CreateApplicationBuilder();
builder.Logging.AddLocalHostFilters();
builder.Services.AddLocalFunctionsHost(CommandLine.Parse(args));
await builder.Build().RunAsync();
