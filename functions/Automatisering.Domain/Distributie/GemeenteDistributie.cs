namespace Automatisering.Domain.Distributie;

/// <summary>Delivery addresses of one gemeente (section <c>Automatisering:Distributie:Gemeenten:{slug}</c>).</summary>
public sealed class GemeenteDistributie
{
    public string? SecretariaatEmail { get; set; }
    public string? SharePointDriveId { get; set; }
    public string? SharePointFolder { get; set; }

    public SharePointDoel? SharePoint =>
        string.IsNullOrWhiteSpace(SharePointDriveId) ? null : new SharePointDoel(SharePointDriveId, SharePointFolder ?? "");
}
