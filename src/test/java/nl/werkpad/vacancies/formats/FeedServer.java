package nl.werkpad.vacancies.formats;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback for feed tests: serves one body at /feed with an ETag (its SHA-256), answers 304 to
 * a matching If-None-Match, and can be slowed down; the test changes the body between polls.
 */
final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private volatile byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
    private volatile String contentType = "application/ld+json";
    private volatile long delayMillis;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    volatile boolean ignoreEtag;

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/feed", exchange -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] current = body;
            String etag = "\"" + JobPostingImporter.sha256Bytes(current).substring(0, 16) + "\"";
            if (!ignoreEtag && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, current.length);
            exchange.getResponseBody().write(current);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
    }

    /** Serves a file of src/test/resources/formats/feeds with {{run}} filled in. */
    FeedServer serve(String file, String run) throws IOException {
        try (InputStream in = FeedServer.class.getResourceAsStream("/formats/feeds/" + file)) {
            return serveText(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{run}}", run),
                    file.endsWith(".html") ? "text/html; charset=utf-8" : "application/ld+json");
        }
    }

    FeedServer serveText(String text, String type) {
        this.body = text.getBytes(StandardCharsets.UTF_8);
        this.contentType = type;
        return this;
    }

    FeedServer slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
