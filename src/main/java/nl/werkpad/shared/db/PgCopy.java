package nl.werkpad.shared.db;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Bulk loading with PostgreSQL's COPY, on the connection of the current transaction. */
public final class PgCopy {

    private static final int CHUNK = 20_000;
    private final DataSource dataSource;

    public PgCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> long copy(String tableAndColumns, Collection<T> rows, Function<T, Object[]> fields) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + tableAndColumns + " from stdin with (format csv)";
            StringBuilder chunk = new StringBuilder();
            int inChunk = 0;
            long total = 0;
            for (T row : rows) {
                appendCsv(chunk, fields.apply(row));
                if (++inChunk == CHUNK) {
                    total += copy.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                    inChunk = 0;
                }
            }
            if (inChunk > 0) {
                total += copy.copyIn(sql, new StringReader(chunk.toString()));
            }
            return total;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + tableAndColumns + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void appendCsv(StringBuilder out, Object[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object field = fields[i];
            if (field != null) { // an unquoted empty field is NULL in COPY's CSV format
                out.append('"').append(field.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }
}
