package nl.werkpad.passport;

import org.jspecify.annotations.Nullable;

/**
 * A reader of a structured CV format that another module provides (Europass: its XML, or a PDF carrying it). An
 * uploaded file such a reader recognises is read by it instead of as plain text, and ends in the same proposal and
 * the same confirmation as a pasted CV: the person ticks what goes into the passport.
 */
public interface StructuredCvReader {

    /** Whether this is a file of the reader's format (sniffed from the bytes, not the name). */
    boolean reads(@Nullable String fileName, byte[] bytes);

    /**
     * The proposal the file makes; writes nothing.
     *
     * @throws nl.werkpad.shared.InvalidInput on field "file" with the rule saying why the file is refused
     */
    PassportProposal read(byte[] bytes);
}
