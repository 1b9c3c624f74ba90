namespace Automatisering.LocalHost.Functions;

/// <summary>Configuration the host cannot honour (a missing host.json, a bad binding); the message says where.</summary>
public sealed class FunctionConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
