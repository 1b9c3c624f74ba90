namespace Automatisering.Templating;

/// <summary>The schema JSON itself is wrong (not the data validated against it).</summary>
public sealed class TemplateSchemaException(string message, Exception? inner = null) : Exception(message, inner);
