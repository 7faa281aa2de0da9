namespace Demarche.Web.Services;

/// <summary>A request that cannot be served, with the HTTP status and the words a user reads (an RFC 7807 problem).</summary>
public sealed class ApiException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
}
