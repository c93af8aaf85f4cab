package nl.werkpad.privacy;

import java.util.List;
import java.util.UUID;

/**
 * The processing log. Every module calls {@link #record} whenever someone other than the person
 * reads or changes that person's data, inside the same transaction as the read or change, so that
 * the two are committed or rolled back together. It fails when there is no transaction.
 */
public interface ProcessingLog {

    void record(Processing processing);

    /** What was done with one person's data, newest first: what they see under "who looked at my data". */
    List<ProcessingEntry> forSubject(UUID subjectId, int limit);

    /** The newest entries for everyone, for the administrator's oversight. */
    List<ProcessingEntry> recent(int limit);
}
