namespace Automatisering.LocalHost.Functions;

/// <summary>A function the worker reported and loaded, with its bindings parsed and app settings resolved.</summary>
public sealed record FunctionDefinition(string Name, IReadOnlyList<BindingDefinition> Bindings)
{
    public BindingDefinition Trigger => Bindings.Single(b => b.IsTrigger);

    public string TriggerType => Trigger.Type.ToLowerInvariant();

    public bool IsHttp => TriggerType == "httptrigger";

    /// <summary>Set by the app setting <c>AzureWebJobs.{Name}.Disabled</c>: loaded, but not triggered or served.</summary>
    public bool Disabled { get; init; }

    /// <summary>Queue and blob outputs the host writes; the HTTP response is the worker's own.</summary>
    public IEnumerable<BindingDefinition> Outputs =>
        Bindings.Where(b => b.IsOutput && !b.Type.Equals("http", StringComparison.OrdinalIgnoreCase));
}
