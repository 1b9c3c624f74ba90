using Automatisering.Domain.Documenten;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>One warm converter shared by a test class (its soffice starts once), ended with the class.</summary>
public sealed class OmzetterFixture : IDisposable
{
    public LibreOfficeOmzetter Omzetter { get; } = Create(slots: 1);

    public static LibreOfficeOmzetter Create(int slots, string soffice = "soffice", int timeoutSeconden = 60) => new(
        Options.Create(new PdfOptions { Slots = slots, TimeoutSeconden = timeoutSeconden }),
        Options.Create(new TemplatesOptions { Soffice = soffice }),
        NullLogger<LibreOfficeOmzetter>.Instance);

    public void Dispose() => Omzetter.Dispose();
}
