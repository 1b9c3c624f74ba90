using static Automatisering.Templating.Tests.TestDocx;

namespace Automatisering.Templating.Tests;

public sealed class DocumentTemplateSyntaxTests
{
    private static TemplateProblem SingleProblem(byte[] docx)
    {
        var e = Assert.Throws<TemplateSyntaxException>(() => Compile(docx));
        return Assert.Single(e.Problems);
    }

    [Fact]
    public void Compile_UnclosedSection_ReportsPartAndParagraph()
    {
        var problem = SingleProblem(Create(P("Intro") + P("{#punten}") + P("{tekst}")));
        Assert.Equal(TemplateProblemCode.UnclosedSection, problem.Code);
        Assert.Equal("word/document.xml", problem.Part);
        Assert.Equal("{#punten}", problem.Paragraph);
    }

    [Fact]
    public void Compile_CrossedSections_ReportsCrossing()
    {
        var problem = SingleProblem(Create(P("{#a}x{#b}y{/a}z{/b}")));
        Assert.Equal(TemplateProblemCode.CrossedSection, problem.Code);
        Assert.Equal("{#a}x{#b}y{/a}z{/b}", problem.Paragraph);
        Assert.Equal("word/document.xml", problem.Part);
    }

    [Fact]
    public void Compile_UnmatchedClose_ReportsInHeaderPart()
    {
        var problem = SingleProblem(Create(P("ok {a}"), header: P("Kop {/lijst}")));
        Assert.Equal(TemplateProblemCode.UnmatchedClose, problem.Code);
        Assert.Equal("word/header1.xml", problem.Part);
        Assert.Equal("Kop {/lijst}", problem.Paragraph);
    }

    [Fact]
    public void Compile_BraceNeverClosed_ReportsUnclosedTag()
    {
        var problem = SingleProblem(Create(P("Beste {naam, welkom")));
        Assert.Equal(TemplateProblemCode.UnclosedTag, problem.Code);
        Assert.Equal("Beste {naam, welkom", problem.Paragraph);
    }

    [Fact]
    public void Compile_TagSplitOverRunsNeverClosed_ReportsWholeParagraphText()
    {
        var problem = SingleProblem(Create("<w:p><w:r><w:t>Beste {na</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>am</w:t></w:r></w:p>"));
        Assert.Equal(TemplateProblemCode.UnclosedTag, problem.Code);
        Assert.Equal("Beste {naam", problem.Paragraph);
    }

    [Fact]
    public void Compile_ClosingBraceWithoutOpening_ReportsUnopenedTag()
    {
        Assert.Equal(TemplateProblemCode.UnopenedTag, SingleProblem(Create(P("naam} hier"))).Code);
    }

    [Fact]
    public void Compile_EmptyAndInvalidTagNames_Reported()
    {
        var e = Assert.Throws<TemplateSyntaxException>(() => Compile(Create(P("{}") + P("{naam aanvrager}"))));
        Assert.Equal([TemplateProblemCode.EmptyTag, TemplateProblemCode.InvalidTagName], e.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Compile_SeveralErrors_AllReportedAtOnce()
    {
        var e = Assert.Throws<TemplateSyntaxException>(() => Compile(Create(P("{#a}") + P("{b"), footer: P("{/c}"))));
        Assert.Equal(3, e.Problems.Count);
        Assert.Contains(e.Problems, p => p is { Code: TemplateProblemCode.UnclosedSection, Paragraph: "{#a}" });
        Assert.Contains(e.Problems, p => p is { Code: TemplateProblemCode.UnclosedTag, Paragraph: "{b" });
        Assert.Contains(e.Problems, p => p is { Code: TemplateProblemCode.UnmatchedClose, Part: "word/footer1.xml" });
        Assert.Contains("word/footer1.xml", e.Message);
    }

    [Fact]
    public void Compile_SectionAcrossUnrelatedContainers_ReportsInvalidScope()
    {
        var body = P("{#a} begin") + Table(Row(Cell(P("{/a} eind")), Cell(P("x"))));
        Assert.Equal(TemplateProblemCode.InvalidSectionScope, SingleProblem(Create(body)).Code);
    }
}
