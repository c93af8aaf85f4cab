package nl.werkpad.vacancies.formats;

/** {@link FeedServer} for the benchmark package: serves fixed bytes with an ETag, or ignores If-None-Match when told. */
public final class BenchFeedServer implements AutoCloseable {

    private final FeedServer server;

    public BenchFeedServer(byte[] body) throws java.io.IOException {
        this.server = new FeedServer()
                .serveText(new String(body, java.nio.charset.StandardCharsets.UTF_8), "application/x-ndjson");
    }

    /** Serves other bytes from now on (the same postings in another order, say). */
    public void serve(byte[] body) {
        server.serveText(new String(body, java.nio.charset.StandardCharsets.UTF_8), "application/x-ndjson");
    }

    public String url() {
        return server.url();
    }

    public void ignoreEtag() {
        server.ignoreEtag = true;
    }

    @Override
    public void close() {
        server.close();
    }
}
