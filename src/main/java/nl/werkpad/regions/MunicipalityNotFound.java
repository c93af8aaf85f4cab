package nl.werkpad.regions;

import nl.werkpad.shared.NotFound;

/** No municipality has this CBS code. */
public final class MunicipalityNotFound extends NotFound {

    private MunicipalityNotFound(String code) {
        super("Gemeente", code);
    }

    public static MunicipalityNotFound byCode(String code) {
        return new MunicipalityNotFound(code);
    }
}
