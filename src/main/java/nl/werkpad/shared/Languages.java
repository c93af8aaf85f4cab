package nl.werkpad.shared;

import org.springframework.context.i18n.LocaleContextHolder;

/** The label language of the current request: English when chosen, else Dutch. */
public final class Languages {

    private Languages() {}

    public static String current() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "nl";
    }
}
