using Microsoft.Graph.Models;
using MailUploadSessionBody = Microsoft.Graph.Users.Item.Messages.Item.Attachments.CreateUploadSession.CreateUploadSessionPostRequestBody;
using DriveUploadSessionBody = Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession.CreateUploadSessionPostRequestBody;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// The Graph request bodies of a delivery, built once for both channels so the local outbox shows exactly what
/// production sends.
/// </summary>
public static class GraphBerichten
{
    public const string IdempotencyHeader = "x-automatisering-idempotency";

    /// <summary>
    /// A named MAPI property in this app's own namespace GUID. Unlike internet headers it can be filtered on in
    /// Sent Items, which is how a resend after a timeout finds the first attempt.
    /// </summary>
    public const string IdempotencyPropertyId = "String {6f1c7e0a-3b52-4c8e-9d1f-2a7b5e4c9d30} Name " + IdempotencyHeader;

    /// <summary>Graph takes attachments inline only below 3 MB (the request, base64, must stay under 4 MB).</summary>
    public const int InlineLimitBytes = 3 * 1024 * 1024;

    /// <summary>From 4 MB on, a SharePoint upload goes through an upload session.</summary>
    public const int DriveSimpleUploadLimitBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Attachments go inline while together they stay under the limit; the rest, and anything of 3 MB or more,
    /// needs an upload session on a draft.
    /// </summary>
    public static (IReadOnlyList<Bijlage> Inline, IReadOnlyList<Bijlage> ViaUploadSessie) VerdeelBijlagen(IReadOnlyList<Bijlage> bijlagen)
    {
        List<Bijlage> inline = [], groot = [];
        long inlineBytes = 0;
        foreach (var bijlage in bijlagen)
        {
            if (inlineBytes + bijlage.Bytes.Length < InlineLimitBytes)
            {
                inline.Add(bijlage);
                inlineBytes += bijlage.Bytes.Length;
            }
            else
            {
                groot.Add(bijlage);
            }
        }

        return (inline, groot);
    }

    public static Message Bericht(Bezorging b, IEnumerable<Bijlage> inline) => new()
    {
        Subject = b.Onderwerp,
        Body = new ItemBody { ContentType = BodyType.Html, Content = b.BodyHtml },
        ToRecipients = b.To.Select(address => new Recipient { EmailAddress = new EmailAddress { Address = address } }).ToList(),
        Attachments = inline.Select(a => (Attachment)new FileAttachment { Name = a.Name, ContentType = a.ContentType, ContentBytes = a.Bytes }).ToList(),
        // The header travels with the mail, so the receiving side can recognise a duplicate as well.
        InternetMessageHeaders = [new InternetMessageHeader { Name = IdempotencyHeader, Value = b.IdempotencyKey }],
        SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = IdempotencyPropertyId, Value = b.IdempotencyKey }],
    };

    public static Microsoft.Graph.Users.Item.SendMail.SendMailPostRequestBody SendMail(Bezorging b, IEnumerable<Bijlage> inline) =>
        new() { Message = Bericht(b, inline), SaveToSentItems = true };

    public static MailUploadSessionBody MailUploadSessie(Bijlage bijlage) => new()
    {
        AttachmentItem = new AttachmentItem
        {
            AttachmentType = AttachmentType.File,
            Name = bijlage.Name,
            ContentType = bijlage.ContentType,
            Size = bijlage.Bytes.Length,
        },
    };

    public static DriveUploadSessionBody DriveUploadSessie() => new()
    {
        Item = new DriveItemUploadableProperties { AdditionalData = { ["@microsoft.graph.conflictBehavior"] = "replace" } },
    };

    /// <summary>The item path below the drive root; the same name again replaces the file, so a retry is harmless.</summary>
    public static string DrivePad(SharePointDoel doel, Bijlage bijlage) =>
        string.IsNullOrWhiteSpace(doel.Folder.Trim('/')) ? bijlage.Name : $"{doel.Folder.Trim('/')}/{bijlage.Name}";

    /// <summary>OData string literal: a quote is doubled.</summary>
    public static string SentItemsFilter(string idempotencyKey) =>
        $"singleValueExtendedProperties/any(ep: ep/id eq '{IdempotencyPropertyId}' and ep/value eq '{idempotencyKey.Replace("'", "''")}')";
}
