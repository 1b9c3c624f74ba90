namespace Automatisering.Templating;

/// <summary>LibreOffice is missing, timed out, or produced no PDF.</summary>
public sealed class PdfConversionException(string message, Exception? inner = null) : Exception(message, inner);
