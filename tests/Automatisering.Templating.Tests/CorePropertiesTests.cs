using System.Text.Json;
using Automatisering.Templating.Tests.Templates;
using DocumentFormat.OpenXml.Packaging;

namespace Automatisering.Templating.Tests;

/// <summary>The rendered document's own title and subject replace the template's in docProps/core.xml.</summary>
public sealed class CorePropertiesTests
{
    private static readonly DocumentTemplate Agendapunt = DocumentTemplate.Compile(File.OpenRead(Path.Combine(ShippedTemplatesTests.Root, "default", "agendapunt.docx")));

    [Fact]
    public void Render_WithCoreProperties_TitleAndSubjectOfTheDocument()
    {
        var docx = Agendapunt.Render(JsonDocument.Parse("{}").RootElement, new CoreProperties("Handvest SSWZM <samen> & verder", "Agendapunt B&W, Gemeente Meppel"));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal("Handvest SSWZM <samen> & verder", document.PackageProperties.Title);
        Assert.Equal("Agendapunt B&W, Gemeente Meppel", document.PackageProperties.Subject);
        Assert.Equal("Automatisering", document.PackageProperties.Creator);
    }

    [Fact]
    public void Render_WithoutCoreProperties_TemplateTitleKept()
    {
        var docx = Agendapunt.Render(JsonDocument.Parse("{}").RootElement);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal("Agendapunt voor burgemeester en wethouders", document.PackageProperties.Title);
    }
}
