using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HojeTaastrup.Admin.Web.Api;

// A response body serialised once: the UTF-8 JSON, the same compressed with gzip (an organisation of 5,000 units
// is 838 KB of JSON, much of it repeated names), and a strong ETag (a hash of the JSON, so that it changes with
// the content and with anything that changes how it is written, such as a new release). The API's JSON holds no
// secret beside text an attacker chose, so compressing it does not expose the BREACH attack that pages would.
public sealed class JsonBody
{
    private JsonBody(byte[] utf8, byte[] gzip, string etag)
    {
        Utf8 = utf8;
        Gzip = gzip;
        ETag = etag;
    }

    public byte[] Utf8 { get; }

    public byte[] Gzip { get; }

    public string ETag { get; }

    public static JsonBody Of<T>(T value, JsonSerializerOptions options)
    {
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(value, options);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(utf8);
        }

        return new JsonBody(utf8, compressed.ToArray(), "\"" + Convert.ToBase64String(SHA256.HashData(utf8), 0, 16) + "\"");
    }
}

// Issue 10: the large reads of the API (the organisation, 838 KB of JSON at 5,000 units; a proposal) were
// serialised again on every request although what they show had not changed. This keeps each body with what it
// was made from, and checks a stamp (the Version numbers it depends on) before it hands a kept body out, so that
// a write is seen at once: its new Version makes a different stamp. A singleton.
public sealed class KeptJson(IOptions<JsonOptions> json)
{
    // Proposals in use at a time; a body is at most a few hundred KB.
    private const int KeyedCapacity = 64;

    // Kept as long as the object it was made from (a kept organisation snapshot's structure) is alive.
    private readonly ConditionalWeakTable<object, Stamped> _bySource = [];

    private readonly ConcurrentDictionary<Guid, Stamped> _byId = new();

    private JsonSerializerOptions Options => json.Value.SerializerOptions;

    // For a view made from an object kept elsewhere (immutable): stamp names what else the view shows. One
    // body per source: a second kind of view of the same source replaces the first.
    public JsonBody Of<TView>(object source, object stamp, Func<TView> view)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(view);
        var key = new Stamped(typeof(TView), stamp, null);
        if (_bySource.TryGetValue(source, out var kept) && kept.Holds(key))
        {
            return kept.Body!;
        }

        var body = JsonBody.Of(view(), Options);
        _bySource.AddOrUpdate(source, key with { Body = body });
        return body;
    }

    // For a view kept by its id: the body is kept when stamp, read before the view was made, still holds after it.
    public async Task<JsonBody> OfAsync<TView>(Guid id, Func<Task<object>> stamp, Func<Task<TView>> view)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(view);
        var before = new Stamped(typeof(TView), await stamp(), null);
        if (_byId.TryGetValue(id, out var kept) && kept.Holds(before))
        {
            return kept.Body!;
        }

        var body = JsonBody.Of(await view(), Options);
        if ((await stamp()).Equals(before.Stamp))
        {
            _byId[id] = before with { Body = body };

            // Not the least recently used, but bounded: the proposals read most come back at their next read.
            foreach (var other in _byId.Keys.Where(k => k != id).Take(_byId.Count - KeyedCapacity))
            {
                _byId.TryRemove(other, out _);
            }
        }

        return body;
    }

    private sealed record Stamped(Type View, object Stamp, JsonBody? Body)
    {
        public bool Holds(Stamped key) => View == key.View && Stamp.Equals(key.Stamp);
    }
}

// A kept body as the answer: 304 when the client already has it (If-None-Match), else 200 with its ETag. The
// client must ask again each time (no-cache): the ETag saves the transfer, never the check of access.
public sealed class KeptJsonResult(JsonBody body) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = body.ETag;
        response.Headers.CacheControl = "private, no-cache";
        if (Matches(httpContext.Request.GetTypedHeaders().IfNoneMatch, body.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        var bytes = body.Utf8;
        if (AcceptsGzip(httpContext.Request.GetTypedHeaders().AcceptEncoding))
        {
            response.Headers.ContentEncoding = "gzip";
            bytes = body.Gzip;
        }

        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    // gzip (or *) with a quality above 0.
    private static bool AcceptsGzip(IList<StringWithQualityHeaderValue> acceptEncoding) =>
        acceptEncoding.Any(e => (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal)) && e.Quality is not <= 0);

    // A weak comparison, as RFC 9110 asks for If-None-Match; "*" matches any current body.
    private static bool Matches(IList<EntityTagHeaderValue> ifNoneMatch, string etag) =>
        ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(etag, StringComparison.Ordinal));
}
