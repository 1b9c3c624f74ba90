namespace Automatisering.Domain.Distributie;

/// <summary>
/// One delivery of a decision to one recipient over one channel. <see cref="IdempotencyKey"/> is stable per
/// (decision, recipient, channel), e.g. <c>besluit/{dossierId}/{gemeente}/mail</c>, so a retry can be recognised.
/// </summary>
public sealed record Bezorging(
    string IdempotencyKey,
    string Gemeente,
    string Onderwerp,
    string BodyHtml,
    IReadOnlyList<string> To,
    IReadOnlyList<Bijlage> Attachments,
    SharePointDoel? SharePoint = null)
{
    /// <summary>Refuses a delivery that could not be sent as asked, naming the field and the reason.</summary>
    public void Valideer()
    {
        // The key travels as a blob path, a mail header and an OData string literal: printable ASCII only.
        if (string.IsNullOrWhiteSpace(IdempotencyKey) || IdempotencyKey.Length > 256 ||
            IdempotencyKey.Any(c => c is < '!' or > '~') || IdempotencyKey.Contains("..") ||
            IdempotencyKey.StartsWith('/') || IdempotencyKey.EndsWith('/'))
        {
            throw new ArgumentException(
                $"Bezorging.IdempotencyKey '{IdempotencyKey}' must be 1-256 printable ASCII characters without spaces, '..' or a leading/trailing '/'.",
                nameof(IdempotencyKey));
        }

        if (string.IsNullOrWhiteSpace(Gemeente))
        {
            throw new ArgumentException("Bezorging.Gemeente is required.", nameof(Gemeente));
        }

        if (string.IsNullOrWhiteSpace(Onderwerp))
        {
            throw new ArgumentException("Bezorging.Onderwerp is required: a mail without a subject is not a decision.", nameof(Onderwerp));
        }

        if (To.Count == 0 && SharePoint is null)
        {
            throw new ArgumentException("Bezorging.To is empty and there is no SharePoint target: nowhere to deliver.", nameof(To));
        }

        foreach (var address in To)
        {
            if (!DistributieOptionsValidator.LooksLikeAddress(address))
            {
                throw new ArgumentException($"Bezorging.To contains '{address}', which is not an e-mail address.", nameof(To));
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attachment in Attachments)
        {
            if (string.IsNullOrWhiteSpace(attachment.Name) || attachment.Name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0)
            {
                throw new ArgumentException($"Bezorging.Attachments: name '{attachment.Name}' is empty or has a character not allowed in a file name.", nameof(Attachments));
            }

            if (!names.Add(attachment.Name))
            {
                throw new ArgumentException($"Bezorging.Attachments: '{attachment.Name}' occurs twice.", nameof(Attachments));
            }

            if (attachment.Bytes.Length == 0)
            {
                throw new ArgumentException($"Bezorging.Attachments: '{attachment.Name}' is empty.", nameof(Attachments));
            }
        }

        if (SharePoint is { } doel && string.IsNullOrWhiteSpace(doel.DriveId))
        {
            throw new ArgumentException("Bezorging.SharePoint.DriveId is required when a SharePoint target is given.", nameof(SharePoint));
        }
    }
}
