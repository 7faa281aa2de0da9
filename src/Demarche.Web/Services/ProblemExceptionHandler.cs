using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Demarche.Web.Services;

/// <summary>Every failure of a request as an RFC 7807 problem: what went wrong in words, never a stack trace.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            ApiException e => (e.Status, e.Title, e.Message),
            FormatException e => (400, "Bad request", e.Message),
            BadHttpRequestException e => (e.StatusCode, e.StatusCode == 413 ? "Request too large" : "Bad request", e.Message),
            DbException e => (503, "The store did not answer", e.Message),
            OperationCanceledException => (499, "Cancelled", "the request was cancelled"),
            _ => (500, "Internal error", $"{exception.GetType().Name}: {exception.Message}"),
        };
        if (status >= 500) log.LogError(exception, "{Method} {Path} failed", http.Request.Method, http.Request.Path);
        if (http.Response.HasStarted) return true; // a streamed download broke off: nothing more can be said
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
