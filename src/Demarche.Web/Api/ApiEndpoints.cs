using Demarche.Core.Contract;
using Demarche.Store;
using Demarche.Web.Security;
using Demarche.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Demarche.Web.Api;

/// <summary>The HTTP API under /api: reads for anyone who can reach the server, writes and analyses behind the token when there is one.</summary>
public static class ApiEndpoints
{
    public static void MapDemarcheApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("store");
        api.MapGet("/stats", (StorePool p, CancellationToken ct) => p.UseAsync(s => new StoreQueries(s).Stats(), ct))
            .WithSummary("What the store holds: counts and the range of publication dates.");
        api.MapGet("/documents", (DateOnly? from, DateOnly? to, string? cursor, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new CatalogQueries(s).Documents(from, to, cursor, limit ?? 50), ct))
            .WithSummary("Stored documents, last stored first (published in [from, to] when given), a page at a time.");
        api.MapGet("/documents/{id:long}", async (long id, StorePool p, CancellationToken ct) =>
            {
                var doc = await p.UseAsync(s => StoredDocuments.Read(s, id), ct);
                return doc is null ? NotFound($"no document {id}") : Results.Json(AnalysisJson.ToContract(doc), AnalysisJson.Options);
            })
            .WithSummary("One stored document with every layer (actors, events, quotes, quantities, stances, repairs) and their offsets, as the analysis contract.")
            .Produces<AnalysisJson.AnalysisObject>();
        api.MapGet("/events", ([AsParameters] EventQueryParameters q, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new EventQueries(s).Items(q.Filter, EventSort.Parse(q.Sort), q.Cursor, q.Limit ?? 50), ct))
            .WithSummary("Events one by one (each with its document, sentence, date precision and place), filtered as the CLI's events command (country, near and km for where), sorted and paged.");
        api.MapGet("/events/csv", (HttpContext http, [AsParameters] EventQueryParameters q, StorePool p, CancellationToken ct) =>
                EventCsv.WriteAsync(http, p, q, ct))
            .WithSummary("Every event the filters select, as CSV (streamed).").Produces<string>(contentType: "text/csv");
        api.MapGet("/events/merged", ([AsParameters] EventQueryParameters q, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new EventQueries(s).Merged(q.Filter, q.Cursor, q.Limit ?? 50), ct))
            .WithSummary("Events merged across articles by (source, target, code, date) with mention and article counts, date precision and place, newest first.");
        api.MapGet("/actors", (string? q, string? cursor, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new CatalogQueries(s).Actors(q, cursor, limit ?? 50), ct))
            .WithSummary("Actors whose id or name contains q, most often named first.");
        api.MapGet("/actors/{id}", (string id, StorePool p, CancellationToken ct) => p.UseAsync(s => new ProfileQueries(s).Profile(id), ct))
            .WithSummary("An actor's profile: events given and received per month by quad class, stances, latest quotes.");
        api.MapGet("/actors/{id}/counterparts", (string id, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new EventQueries(s).Counterparts(id, limit ?? 10), ct))
            .WithSummary("The actors this one has the most events with, either way, and their mean Goldstein value.");
        api.MapGet("/actors/{id}/stances", (string id, string? cursor, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new ProfileQueries(s).StanceItems(id, cursor, limit ?? 20), ct))
            .WithSummary("The actor's stances document by document, newest first.");
        api.MapGet("/quotes", (string? speaker, string? text, DateOnly? from, DateOnly? to, string? cursor, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new ProfileQueries(s).QuotePage(speaker, text, cursor, limit ?? 50, from: from, to: to), ct))
            .WithSummary("Who said what, newest first (in documents published in [from, to] when given).");
        api.MapGet("/stances", (string? holder, string? topic, DateOnly? from, DateOnly? to, string? cursor, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new ProfileQueries(s).StancePage(holder, topic, cursor, limit ?? 50, from, to), ct))
            .WithSummary("Who stands where, merged across articles, most often seen first (in documents published in [from, to] when given).");
        api.MapGet("/search", (string q, DateOnly? from, DateOnly? to, string? cursor, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new StoreQueries(s).SearchPage(q, cursor, limit ?? 20, from, to), ct))
            .WithSummary("Full-text search over documents (published in [from, to] when given): words are ANDed, \"a phrase\" in quotes; hits in context, [marked].");
        api.MapGet("/network", (DateOnly? from, DateOnly? to, int? min, int? limit, StorePool p, CancellationToken ct) =>
                p.UseAsync(s => new EventQueries(s).Network(from, to, Math.Max(1, min ?? 1), limit ?? 200), ct))
            .WithSummary("Pairs of actors with their event count (either way) and mean Goldstein value, busiest first.");
        api.MapGet("/export/{format}", (string format, bool? withText, HttpContext http, StorePool p, CancellationToken ct) =>
                StoreExport.WriteAsync(http, p, format, withText ?? false, ct))
            .WithSummary("The whole store for other tools, streamed: jsonl (contract objects), gdelt-csv, plover, parquet (a zip of one file per table).");

        var write = app.MapGroup("/api").WithTags("analysis").RequireAuthorization(TokenAuthenticationHandler.WritePolicy);
        write.MapPost("/analyze", async (AnalysisInput input, AnalysisService a, CancellationToken ct) =>
            {
                var (documents, failures) = await a.AnalyzeAsync(input, ct);
                return Results.Json(new { documents = documents.Select(d => AnalysisJson.ToContract(d.Document!)), failures }, AnalysisJson.Options);
            })
            .WithSummary("Analyses a text, an HTML page or an http(s) URL (a page or a feed) without storing it; returns contract objects.")
            .Accepts<AnalysisInput>("application/json");
        write.MapPost("/documents", async (AnalysisInput input, AnalysisService a, StorePool p, CancellationToken ct) =>
            {
                var (stored, failures) = await a.IngestAsync(input, p, ct);
                return Results.Ok(new { stored, failures });
            })
            .WithSummary("Analyses and stores a text, an HTML page or an http(s) URL (a page, or a feed: one document per item).")
            .Accepts<AnalysisInput>("application/json");
    }

    private static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not found", detail: detail);
}
