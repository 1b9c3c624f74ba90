namespace Automatisering.Templating;

internal sealed record CompiledPart(string Name, TemplateNode[] Nodes, bool HasImages);
