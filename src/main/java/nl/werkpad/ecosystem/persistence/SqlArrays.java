package nl.werkpad.ecosystem.persistence;

import java.sql.Array;
import java.sql.SQLException;

/** An {@code array_agg} column as a Java array; a row with nothing to aggregate gets the empty one. */
final class SqlArrays {

    private SqlArrays() {}

    static <T> T of(Array array, Class<T> type, T empty) throws SQLException {
        return array == null ? empty : type.cast(array.getArray());
    }
}
