namespace Automatisering.Functions.CustomHandler;

/// <summary>A function as declared by <c>{scriptRoot}/{Name}/function.json</c>.</summary>
public sealed record FunctionDefinition(string Name, string FilePath, bool Disabled, IReadOnlyList<BindingDefinition> Bindings)
{
    public BindingDefinition Trigger => Bindings.Single(b => b.IsTrigger);

    public IEnumerable<BindingDefinition> Outputs => Bindings.Where(b => b.IsOutput && !b.Type.Equals("http", StringComparison.OrdinalIgnoreCase));
}
