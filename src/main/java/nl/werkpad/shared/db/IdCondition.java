package nl.werkpad.shared.db;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The condition of a query that reads "these ids" or, without ids, "all": one statement text per case, so that
 * PostgreSQL keeps a plan for each. One condition for both ({@code ids is null or id = any(ids)}) was planned anew on
 * every call, since no single plan suits both.
 *
 * @param sql    the condition, with the parameter {@code :id} or {@code :ids} when it has one
 * @param params its parameters
 */
public record IdCondition(String sql, Map<String, Object> params) {

    /**
     * @param ids     the ids to read, or null for all
     * @param column  the id column, as the query names it
     * @param whenAll the condition when reading all
     */
    public static IdCondition of(Collection<UUID> ids, String column, String whenAll) {
        if (ids == null) {
            return new IdCondition(whenAll, Map.of());
        }
        if (ids.size() == 1) {
            return new IdCondition(
                    column + " = :id", Map.of("id", ids.iterator().next()));
        }
        return new IdCondition(column + " = any(cast(:ids as uuid[]))", Map.of("ids", ids.toArray(UUID[]::new)));
    }
}
