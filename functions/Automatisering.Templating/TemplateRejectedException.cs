namespace Automatisering.Templating;

/// <summary>The upload is not a safe, plain .docx; nothing of it has been rendered or stored.</summary>
public sealed class TemplateRejectedException : Exception
{
    public TemplateRejectedException(RejectionReason reasonCode, string message, string? entryName = null)
        : base(message)
    {
        ReasonCode = reasonCode;
        EntryName = entryName;
    }

    public RejectionReason ReasonCode { get; }

    /// <summary>The zip entry that caused the rejection, when there is one.</summary>
    public string? EntryName { get; }
}
