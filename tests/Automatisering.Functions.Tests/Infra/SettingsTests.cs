using System.Reflection;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Distributie;
using Automatisering.Domain.Documenten;
using Automatisering.Domain.Identity;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.Infra;

/// <summary>
/// Every setting the code reads is in local.settings.sample.json (so a developer sees it) and in infra/main.bicep
/// (so Azure gets it). The settings are enumerated from the options classes, so a new option cannot be forgotten.
/// </summary>
public sealed class SettingsTests
{
    private static readonly Type[] OptionsTypes =
        [typeof(IdentityOptions), typeof(DistributieOptions), typeof(GraphDistributieOptions), typeof(OrganisatieOptions), typeof(TemplatesOptions), typeof(Automatisering.Domain.Notificaties.NotificatieOptions), typeof(PdfOptions), typeof(Automatisering.Domain.Publicatie.PublicatieOptions)];

    public static TheoryData<string> Settings()
    {
        var data = new TheoryData<string> { "AzureWebJobsStorage", "WEBSITE_TIME_ZONE", Automatisering.Web.DemoSeed.SettingName.Replace(":", "__") };
        foreach (var type in OptionsTypes)
        {
            var section = (string)type.GetField("Section", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsScalar(p.PropertyType)))
            {
                data.Add($"{section.Replace(":", "__")}__{property.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Setting_ReadByTheCode_InSampleSettingsAndBicep(string setting)
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToList();
        var bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "main.bicep"));

        Assert.Contains(setting, values);
        // The storage connection is identity-based in Azure: AzureWebJobsStorage__blobServiceUri and friends.
        Assert.Contains($"'{setting}", bicep);
    }

    [Fact]
    public void Runtime_SampleAndBicep_DotnetIsolated()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.sample.json")));
        var bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "main.bicep"));

        Assert.Equal("dotnet-isolated", sample.RootElement.GetProperty("Values").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.Contains("runtime: { name: 'dotnet-isolated', version: '10.0' }", bicep);
        Assert.DoesNotContain("customHandler", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "functions", "Automatisering.Functions", "host.json")));
    }

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t == typeof(bool) || t == typeof(int) || t == typeof(Uri) || t == typeof(TimeSpan);
    }
}
