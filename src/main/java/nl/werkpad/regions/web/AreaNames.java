package nl.werkpad.regions.web;

import java.util.Locale;
import java.util.Optional;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Province;
import nl.werkpad.regions.Regions;
import nl.werkpad.web.NameVocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The names of areas by their CBS code: municipalities (GMxxxx), labour-market regions (AMxx), provinces (PVxx), NL. */
@Component
class AreaNames implements NameVocabulary {

    private final Regions regions;
    private final MessageSource messages;

    AreaNames(Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "area";
    }

    @Override
    public Optional<String> name(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("NL")) {
            return Optional.of(messages.getMessage("names.area.NL", null, locale));
        }
        if (upper.startsWith("GM")) {
            return regions.municipality(upper).map(Municipality::name);
        }
        if (upper.startsWith("AM")) {
            return regions.labourMarketRegion(upper).map(r -> r.name());
        }
        if (upper.startsWith("PV")) {
            return regions.provinces().stream()
                    .filter(p -> p.code().equals(upper))
                    .map(Province::name)
                    .findFirst();
        }
        return Optional.empty();
    }
}
