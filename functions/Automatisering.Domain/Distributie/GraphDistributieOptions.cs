namespace Automatisering.Domain.Distributie;

/// <summary>
/// Microsoft Graph access (section <c>Automatisering:Distributie:Graph</c>). The secret comes from app settings or a
/// Key Vault reference, never from code.
/// </summary>
public sealed class GraphDistributieOptions
{
    public const string Section = DistributieOptions.Section + ":Graph";

    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The shared mailbox that sends (user id or UPN); the app needs Mail.Send for it.</summary>
    public string? SharedMailbox { get; set; }

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Retries of a 429/503 by the SDK's RetryHandler, waiting the Retry-After the service asks for.</summary>
    public int MaxRetry { get; set; } = 3;

    /// <summary>Graph allows four concurrent requests per mailbox before it throttles.</summary>
    public int MaxConcurrentPerMailbox { get; set; } = 4;

    /// <summary>Slice size of upload sessions: a multiple of 320 KiB (SharePoint) and at most 4 MiB (mail attachments).</summary>
    public int UploadSliceBytes { get; set; } = 10 * 320 * 1024;

    /// <summary>Drive where documents are briefly placed to be converted to PDF by Graph; empty: PDF stays with LibreOffice.</summary>
    public string? PdfDriveId { get; set; }

    public string PdfFolder { get; set; } = "automatisering-pdf";
}
