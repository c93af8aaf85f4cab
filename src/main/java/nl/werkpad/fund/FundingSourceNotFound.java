package nl.werkpad.fund;

import java.util.UUID;
import nl.werkpad.shared.NotFound;

public class FundingSourceNotFound extends NotFound {

    private FundingSourceNotFound(UUID id) {
        super("funding source", id.toString());
    }

    public static FundingSourceNotFound byId(UUID id) {
        return new FundingSourceNotFound(id);
    }
}
