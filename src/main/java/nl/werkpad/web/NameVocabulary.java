package nl.werkpad.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The names of one kind of code (municipalities and regions, ISCO groups, SBI sections …), contributed as a
 * bean by the module that owns the codes and read through {@link Names} ({@code #names} in templates).
 */
public interface NameVocabulary {

    /** The kind of code, as templates ask for it: {@code area}, {@code isco}, {@code sbi}, {@code targetGroup} … */
    String kind();

    /** The code's name in the language, or empty when the code is not one of this vocabulary. */
    Optional<String> name(String code, Locale locale);

    /** Several names at once; a vocabulary that reads its names in one go overrides this. */
    default Map<String, String> names(Collection<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            name(code, locale).ifPresent(name -> names.put(code, name));
        }
        return names;
    }

    /** A vocabulary whose names are the bundle's messages {@code prefix + code}, e.g. {@code sbi.F}. */
    static NameVocabulary messages(String kind, String prefix, MessageSource messages) {
        return new NameVocabulary() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<String> name(String code, Locale locale) {
                return Optional.ofNullable(code).map(c -> messages.getMessage(prefix + c, null, null, locale));
            }
        };
    }
}
