using Automatisering.Domain.Distributie;

namespace Automatisering.Functions.Tests.Distributie;

public sealed class NotificatieHtmlTests
{
    [Fact]
    public void Van_TextWithParagraphsLinesAndALink_ParagraphsBreaksAndAnchor() =>
        Assert.Equal(
            "<p>Het agendapunt wacht op uw paraaf.</p><p>Openen: <a href=\"https://web.example/dossiers/meppel-1\">https://web.example/dossiers/meppel-1</a></p>",
            NotificatieHtml.Van("Het agendapunt wacht op uw paraaf.\n\nOpenen: https://web.example/dossiers/meppel-1"));

    [Fact]
    public void Van_DigestList_OneLinePerItemWithItsLink() =>
        Assert.Equal(
            "<p>Dagoverzicht:<br>- Handvest: paraaf gevraagd (<a href=\"http://localhost:5080/dossiers/a?x=1&amp;y=2\">http://localhost:5080/dossiers/a?x=1&amp;y=2</a>)<br>- Plein: besloten.</p>",
            NotificatieHtml.Van("Dagoverzicht:\r\n- Handvest: paraaf gevraagd (http://localhost:5080/dossiers/a?x=1&y=2)\n- Plein: besloten."));

    [Fact]
    public void Van_MarkupInTheText_EncodedNotInterpreted() =>
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citaat&quot;</p>", NotificatieHtml.Van("<script>alert(1)</script> & \"citaat\""));

    [Fact]
    public void Van_FullStopAfterAnAddress_LeftOutOfTheLink() =>
        Assert.Equal("<p>Zie <a href=\"https://web.example/werk\">https://web.example/werk</a>.</p>", NotificatieHtml.Van("Zie https://web.example/werk."));
}
