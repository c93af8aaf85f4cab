package nl.werkpad.shared;

/**
 * Something that was asked for by its identifier does not exist (or is not visible to the caller,
 * which we do not distinguish, so that ids cannot be probed). Translated to 404 at the web edge.
 */
public class NotFound extends RuntimeException {

    private final String kind;
    private final String id;

    protected NotFound(String kind, String id) {
        super(kind + " not found: " + id);
        this.kind = kind;
        this.id = id;
    }

    public static NotFound of(String kind, Object id) {
        return new NotFound(kind, String.valueOf(id));
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
