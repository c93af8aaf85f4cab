package nl.werkpad.shared;

/** What every form field and filter does to typed text before it means anything. */
public final class Text {

    private Text() {}

    /** Text without its surrounding spaces, or {@code null} when nothing was typed: an empty field is no value. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
