using System.Text.Json;
using static Automatisering.Templating.Tests.TestDocx;

namespace Automatisering.Templating.Tests;

public sealed class TemplateCatalogTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("automatisering-catalog-");

    public TemplateCatalogTests()
    {
        Directory.CreateDirectory(Path.Combine(root.FullName, "default"));
        Directory.CreateDirectory(Path.Combine(root.FullName, "zuidwijk"));
        File.WriteAllBytes(Path.Combine(root.FullName, "default", "besluit.docx"), Create(P("Standaard {a}")));
        File.WriteAllText(Path.Combine(root.FullName, "default", "besluit.schema.json"), """{"fields":[{"name":"a","type":"string"}]}""");
        File.WriteAllBytes(Path.Combine(root.FullName, "zuidwijk", "besluit.docx"), Create(P("Zuidwijk {a}")));
    }

    public void Dispose() => root.Delete(recursive: true);

    private static string RenderText(CatalogTemplate template)
    {
        using var data = JsonDocument.Parse("""{"a":"x"}""");
        return Text(template.Template.Render(data.RootElement));
    }

    [Fact]
    public void Get_GemeenteOverride_UsesOverrideWithDefaultSchema()
    {
        var template = new TemplateCatalog(root.FullName).Get("zuidwijk", "besluit");
        Assert.Equal("Zuidwijk x", RenderText(template));
        Assert.Equal("a", template.Schema!.Fields.Single().Name);
    }

    [Fact]
    public void Get_NoOverride_FallsBackToDefault() =>
        Assert.Equal("Standaard x", RenderText(new TemplateCatalog(root.FullName).Get("noordwijk", "besluit")));

    [Fact]
    public void Get_Twice_CompilesOnce()
    {
        var catalog = new TemplateCatalog(root.FullName);
        var results = new CatalogTemplate[16];
        Parallel.For(0, results.Length, i => results[i] = catalog.Get("zuidwijk", "besluit"));
        Assert.All(results, r => Assert.Same(results[0].Template, r.Template));
    }

    [Fact]
    public void Get_Unknown_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => new TemplateCatalog(root.FullName).Get("zuidwijk", "bestaatniet"));

    [Theory]
    [InlineData("..", "besluit")]
    [InlineData("zuidwijk", "../default/besluit")]
    public void Get_PathInName_ThrowsArgument(string gemeente, string name) =>
        Assert.Throws<ArgumentException>(() => new TemplateCatalog(root.FullName).Get(gemeente, name));
}
