namespace Automatisering.Templating;

internal static class TemplatePlaceholder;
