package nl.werkpad.vacancies.formats;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The occupation each title named, kept across imports: a feed polled every half hour carries the same few hundred
 * titles every time, and reading a title (extraction, then the taxonomy's search) is the costly part of a posting
 * whose title names no occupation. Valid for one ESCO version: a new one starts afresh. Bounded: past
 * {@link #MAX} titles it starts afresh too (a plain bound, enough for the few hundred titles a market carries).
 */
@Component
class TitleOccupations {

    static final int MAX = 50_000;

    private volatile String taxonomy = "";
    private volatile Map<String, Optional<String>> titles = new ConcurrentHashMap<>();

    /** The titles read under this ESCO version (an empty map when the version changed). */
    synchronized Map<String, Optional<String>> under(String taxonomyVersion) {
        if (!taxonomy.equals(taxonomyVersion) || titles.size() > MAX) {
            taxonomy = taxonomyVersion;
            titles = new ConcurrentHashMap<>();
        }
        return titles;
    }
}
