package nl.werkpad.shared.api;

/** The version of the REST API under {@code /api/v1}, sent in every API response. */
public final class ApiVersion {

    public static final String HEADER = "API-Version";
    public static final String CURRENT = "1.0.0";
    public static final String BASE_PATH = "/api/v1";

    private ApiVersion() {}
}
