package nl.werkpad.taxonomy.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.web.NameVocabulary;
import org.springframework.stereotype.Component;

/** ISCO-08 groups (1 to 4 digits) by their label in the page's language, through the taxonomy facade. */
@Component
class IscoNames implements NameVocabulary {

    private final Taxonomy taxonomy;

    IscoNames(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public String kind() {
        return "isco";
    }

    @Override
    public Optional<String> name(String code, Locale locale) {
        return Optional.ofNullable(names(Set.of(code), locale).get(code));
    }

    @Override
    public Map<String, String> names(Collection<String> codes, Locale locale) {
        Set<String> wanted = new HashSet<>(codes);
        Map<String, String> names = new LinkedHashMap<>();
        String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        taxonomy.iscoGroups(language).stream()
                .filter(g -> wanted.contains(g.code()))
                .forEach(g -> names.put(g.code(), g.label()));
        return names;
    }
}
