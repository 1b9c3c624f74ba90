using Automatisering.Domain.Distributie;

namespace Automatisering.Functions.Tests.Distributie;

internal static class TestBezorgingen
{
    public const string Mailbox = "besluiten@regio.example";
    public const string Secretariaat = "secretariaat@gemeente-a.example";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Deterministic, incompressible bytes; the channels carry files, they do not open them.</summary>
    public static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static Bezorging Besluit(string key = "besluit/D-2025-001/gemeente-a/mail", SharePointDoel? sharePoint = null, params Bijlage[] bijlagen) => new(
        key,
        "gemeente-a",
        "Besluit B&W: Herinrichting Dorpsstraat",
        "<p>Het college heeft besloten: <b>akkoord</b>.</p>",
        [Secretariaat],
        bijlagen.Length > 0
            ? bijlagen
            : [new Bijlage("agendapunt.docx", Docx, Bytes(20_000, 1)), new Bijlage("agendapunt.pdf", "application/pdf", Bytes(15_000, 2))],
        sharePoint);

    public static DistributieOptions Options(string baseUrl, int maxRetry = 3) => new()
    {
        Kanaal = "graph",
        Graph = new GraphDistributieOptions
        {
            TenantId = "tenant",
            ClientId = "client",
            ClientSecret = "not-used-by-tests",
            SharedMailbox = Mailbox,
            BaseUrl = baseUrl,
            MaxRetry = maxRetry,
            // Small slices, so a 3 MB attachment travels in several chunks.
            UploadSliceBytes = 2 * 320 * 1024,
        },
    };
}
