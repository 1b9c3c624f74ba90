namespace Automatisering.Templating;

internal enum NodeKind
{
    Static,
    Scalar,
    Image,
    Section,
    Inverted,
}
