using static Automatisering.Templating.Tests.TestDocx;

namespace Automatisering.Templating.Tests;

public sealed class TemplateCheckerTests
{
    private static readonly TemplateSchema Schema = TemplateSchema.Load(TemplateSchemaTests.AgendapuntSchema);

    private static IReadOnlyList<TemplateProblem> Check(byte[] docx) => TemplateChecker.Check(new MemoryStream(docx), Schema);

    private static string FullTemplate(string extra = "") =>
        P("{onderwerp} {samenvatting} {datum} {bedrag} {%logo} {gemeente.naam}") + P("{#geheim}geheim{/geheim}")
        + P("{#conceptbesluit}") + P("{nr}. {tekst}") + P("{/conceptbesluit}") + extra;

    [Fact]
    public void Check_TemplateMatchingSchema_NoProblems() => Assert.Empty(Check(Create(FullTemplate())));

    [Fact]
    public void Check_UnknownField_ReportedWithLocation()
    {
        var problems = Check(Create(FullTemplate(), header: P("Kop {zaaknummer}")));
        var problem = Assert.Single(problems);
        Assert.Equal(TemplateProblemCode.UnknownField, problem.Code);
        Assert.Equal("zaaknummer", problem.Field);
        Assert.Equal("word/header1.xml", problem.Part);
        Assert.Equal("Kop {zaaknummer}", problem.Paragraph);
    }

    [Fact]
    public void Check_FieldNeverUsed_Reported()
    {
        var body = P("{onderwerp} {samenvatting} {datum} {bedrag} {%logo}") + P("{#conceptbesluit}") + P("{tekst}") + P("{/conceptbesluit}");
        var problems = Check(Create(body));
        Assert.Equal(["geheim", "gemeente", "gemeente.naam", "conceptbesluit[].nr"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(TemplateProblemCode.UnusedField, p.Code));
    }

    [Fact]
    public void Check_ItemFieldOutsideItsList_Unknown()
    {
        var problems = Check(Create(FullTemplate(P("Los: {tekst}"))));
        Assert.Contains(problems, p => p is { Code: TemplateProblemCode.UnknownField, Field: "tekst", Paragraph: "Los: {tekst}" });
    }

    [Fact]
    public void Check_UnclosedAndCrossedSections_ReportedWithLocation()
    {
        var problems = Check(Create(FullTemplate(P("{#a}x{#b}y{/a}z{/b}") + P("{#conceptbesluit}"))));
        Assert.Contains(problems, p => p is { Code: TemplateProblemCode.CrossedSection, Part: "word/document.xml", Paragraph: "{#a}x{#b}y{/a}z{/b}" });
        Assert.Contains(problems, p => p is { Code: TemplateProblemCode.UnclosedSection, Paragraph: "{#conceptbesluit}" });
    }

    [Fact]
    public void Check_UnmatchedClose_Reported() =>
        Assert.Contains(Check(Create(FullTemplate(P("{/onderwerp}")))), p => p is { Code: TemplateProblemCode.UnmatchedClose, Paragraph: "{/onderwerp}" });

    [Fact]
    public void Check_ImageFieldUsedAsText_KindMismatch() =>
        Assert.Contains(Check(Create(FullTemplate(P("{logo}")))), p => p is { Code: TemplateProblemCode.KindMismatch, Field: "logo" });
}
