using Automatisering.Web;

namespace Automatisering.Functions.Tests.Web.Dossiers;

public sealed class DetailsModelTests
{
    [Theory]
    [InlineData("Handvest SSWZM (def).docx", "handvest-sswzm-def.docx")]
    [InlineData("Één café.PDF", "een-cafe.pdf")]
    [InlineData("C:\\Users\\secretaris\\Besluit.pdf", "besluit.pdf")]
    [InlineData("../../geheim.pdf", "geheim.pdf")]
    [InlineData("agendapunt.docx", "bijlage-agendapunt.docx")]
    [InlineData("((((.pdf", "bijlage.pdf")]
    public void BijlageNaam_UploadedFileName_PlainStoredName(string bestandsnaam, string verwacht) =>
        Assert.Equal(verwacht, DetailsModel.BijlageNaam(bestandsnaam));

    [Theory]
    [InlineData("notitie.txt")]
    [InlineData("macro.docm")]
    [InlineData("handvest")]
    [InlineData("")]
    public void BijlageNaam_NotDocxOrPdf_Null(string bestandsnaam) =>
        Assert.Null(DetailsModel.BijlageNaam(bestandsnaam));
}
