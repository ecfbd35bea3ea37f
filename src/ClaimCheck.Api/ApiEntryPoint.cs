namespace ClaimCheck.Api;

/// <summary>Names this assembly's entry point for test hosts (Alba, WebApplicationFactory).</summary>
public sealed class ApiEntryPoint;
