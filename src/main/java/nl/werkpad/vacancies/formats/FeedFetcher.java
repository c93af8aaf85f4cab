package nl.werkpad.vacancies.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed with a conditional GET (If-None-Match / If-Modified-Since), within a connect timeout, a timeout for
 * the whole response and a largest body; never follows a redirect to another scheme than HTTP(S).
 */
public final class FeedFetcher {

    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;

    public FeedFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    public sealed interface Fetched {
        /** 304: nothing changed since the validators were given. */
        record NotModified() implements Fetched {}

        record Body(int status, byte[] bytes, String contentType, String etag, String lastModified)
                implements Fetched {}

        /** No usable answer: the rule says why (unreachable, timeout, HTTP error, too large). */
        record Failed(Integer status, String rule, String reason) implements Fetched {}
    }

    /** The request timeout covers the headers only; the body must arrive before the same deadline (null: it did not). */
    private byte[] readBefore(InputStream in, long deadline) throws IOException {
        var reading = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                task -> Thread.ofVirtual().name("feed-body").start(task));
        try {
            return reading.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            in.close();
            reading.cancel(true);
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public Fetched fetch(String url, String etag, String lastModified) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(readTimeout)
                    .GET()
                    .header("Accept", "application/ld+json, application/json;q=0.9, application/x-ndjson;q=0.8")
                    .header("User-Agent", "Werkpad feed reader");
        } catch (IllegalArgumentException e) {
            return new Fetched.Failed(null, "vacancy.feed.url-invalid", "Not a URL: " + url);
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() == 304) {
                    return new Fetched.NotModified();
                }
                if (response.statusCode() >= 400) {
                    return new Fetched.Failed(
                            response.statusCode(),
                            "vacancy.feed.http-error",
                            "The feed answered HTTP " + response.statusCode());
                }
                long declared =
                        response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    return new Fetched.Failed(
                            response.statusCode(),
                            "vacancy.feed.too-large",
                            "The feed is larger than " + maxBytes + " bytes");
                }
                byte[] bytes = readBefore(in, deadline);
                if (bytes == null) {
                    return new Fetched.Failed(
                            response.statusCode(),
                            "vacancy.feed.timeout",
                            "The feed did not send its body within the time limit");
                }
                if (bytes.length > maxBytes) {
                    return new Fetched.Failed(
                            response.statusCode(),
                            "vacancy.feed.too-large",
                            "The feed is larger than " + maxBytes + " bytes");
                }
                return new Fetched.Body(
                        response.statusCode(),
                        bytes,
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null));
            }
        } catch (HttpTimeoutException e) {
            return new Fetched.Failed(null, "vacancy.feed.timeout", "The feed did not answer within the time limit");
        } catch (IOException e) {
            return new Fetched.Failed(
                    null,
                    "vacancy.feed.unreachable",
                    "The feed could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Failed(null, "vacancy.feed.timeout", "Interrupted");
        }
    }
}
