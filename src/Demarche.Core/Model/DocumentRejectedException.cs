namespace Demarche.Core.Model;

/// <summary>A document that cannot be analysed, with a message meant for the user (no stack trace is shown).</summary>
public sealed class DocumentRejectedException(string message) : Exception(message);
