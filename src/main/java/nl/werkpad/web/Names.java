package nl.werkpad.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names, not codes: the one place that turns a code a person would otherwise read (GM0383, AM12, PV27, an
 * enum value, an ISCO group, an SBI section, a target group) into its name in the reader's language. Templates
 * use it as {@code #names} ({@code #names.of('area', code)}, {@code #names.label(status)}); Java code that
 * writes a message injects it. A code nobody can name stays visible as it is, so the page guard finds it.
 */
@Component
public class Names {

    private final Map<String, NameVocabulary> vocabularies;
    private final MessageSource messages;

    public Names(List<NameVocabulary> vocabularies, MessageSource messages) {
        this.vocabularies = vocabularies.stream().collect(Collectors.toMap(NameVocabulary::kind, Function.identity()));
        this.messages = messages;
    }

    /** The name of a code of this kind, or the code itself when it has none. */
    public String of(String kind, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return vocabulary(kind).name(code, locale).orElse(code);
    }

    /** The names of several codes of one kind as one list in the language ("Alkmaar, Bergen en Heiloo"). */
    public String list(String kind, Collection<String> codes, Locale locale) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        Map<String, String> names = vocabulary(kind).names(codes, locale);
        return join(codes.stream().map(code -> names.getOrDefault(code, code)).toList(), "names.and", locale);
    }

    /** The names of several codes as alternatives ("Alkmaar, Bergen of Heiloo"), for rules that ask for one of them. */
    public String anyOf(String kind, Collection<String> codes, Locale locale) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        Map<String, String> names = vocabulary(kind).names(codes, locale);
        return join(codes.stream().map(code -> names.getOrDefault(code, code)).toList(), "names.or", locale);
    }

    /** The label of an enum value: the message {@code enum.<Type>.<VALUE>}. */
    public String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, "??" + key + "_" + locale + "??", locale);
    }

    /** Words joined as a reader writes them: "a, b en c" in Dutch, "a, b and c" in English. */
    public String join(List<String> words, Locale locale) {
        return join(words, "names.and", locale);
    }

    private String join(List<String> words, String conjunction, Locale locale) {
        if (words.size() < 2) {
            return words.isEmpty() ? "" : words.getFirst();
        }
        String word = messages.getMessage(conjunction, null, locale);
        // names with a comma of their own ("Bouwarbeiders, m.u.v. elektriciens") are kept apart by semicolons
        String separator = words.stream().anyMatch(w -> w.contains(",")) ? "; " : ", ";
        return String.join(separator, words.subList(0, words.size() - 1)) + " " + word + " " + words.getLast();
    }

    private NameVocabulary vocabulary(String kind) {
        NameVocabulary vocabulary = vocabularies.get(kind);
        if (vocabulary == null) {
            throw new IllegalArgumentException("No names for codes of kind " + kind);
        }
        return vocabulary;
    }
}
