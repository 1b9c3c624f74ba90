using Automatisering.Functions.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsApp();

var app = builder.Build();
app.MapFunctionsApp();
app.Run();

/// <summary>Entry point; public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
