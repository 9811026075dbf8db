namespace HojeTaastrup.Admin.Web.Api;

// A request body read whole but bounded: a client may not keep a core busy, or the memory full, with an endless
// body. Null when it is larger than allowed (the caller answers 413).
internal static class RequestBodies
{
    public static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
