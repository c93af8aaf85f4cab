package nl.werkpad.shared.api;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ResponseEntity;

/**
 * A search that pages: the body holds one page, the {@code X-Total-Count} header how many match in all. Put
 * {@link Documented} on the handler and answer with {@link #ok}, so the header and its description stay the same
 * on every paged list.
 */
public final class TotalCount {

    public static final String HEADER = "X-Total-Count";

    private TotalCount() {}

    /** 200 with the page as body and the number of all matches in the header. */
    public static <T> ResponseEntity<T> ok(long total, T page) {
        return ResponseEntity.ok().header(HEADER, String.valueOf(total)).body(page);
    }

    /** Describes the header in the API document. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "200",
            headers =
                    @Header(
                            name = HEADER,
                            description = "aantal gevonden / number found",
                            schema = @Schema(type = "integer")))
    public @interface Documented {}
}
