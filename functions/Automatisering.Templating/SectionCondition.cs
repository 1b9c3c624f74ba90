namespace Automatisering.Templating;

/// <summary>When a section shows: <c>{#x}</c> when x is truthy, <c>{^x}</c> when it is not. Used by <see cref="NodeKind.Guard"/>.</summary>
internal sealed record SectionCondition(string[] Path, bool Inverted);
