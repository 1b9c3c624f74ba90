using System.Text.Json;
using static Automatisering.Templating.Tests.TestDocx;

namespace Automatisering.Templating.Tests;

/// <summary>The docxtemplater benchmark template, rendered by this engine.</summary>
public sealed class AgendapuntTemplateTests
{
    [Fact]
    public void Render_DocxtemplaterAgendapunt_ValidWithAllValues()
    {
        var template = DocumentTemplate.Compile(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "agendapunt.docx")));
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "agendapunt-data.json")));
        var docx = template.Render(data.RootElement);

        AssertValid(docx);
        var text = Text(docx);
        Assert.DoesNotContain("{", text);
        Assert.DoesNotContain("}", text);
        foreach (var property in data.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name != "geheimGrond"))
        {
            foreach (var line in property.Value.GetString()!.Split('\n'))
            {
                Assert.Contains(line, text);
            }
        }

        Assert.Equal(28, Part(docx).Descendants(W + "tr").Count());
        Assert.Contains("Dit voorstel en het bijbehorende besluit zijn openbaar", text);
        Assert.DoesNotContain("artikel 25 Gemeentewet", text);
        Assert.Contains("Zuidwijk-aan-Zee", Text(docx, "word/header1.xml"));
        Assert.Contains("Z.2025-01873", Text(docx, "word/footer1.xml"));
        Assert.Contains(template.Tags, t => t is { Name: "portefeuillehouder", Kind: TagKind.Scalar });
    }
}
