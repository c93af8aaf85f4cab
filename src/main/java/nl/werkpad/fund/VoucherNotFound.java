package nl.werkpad.fund;

import java.util.UUID;
import nl.werkpad.shared.NotFound;

public class VoucherNotFound extends NotFound {

    private VoucherNotFound(UUID id) {
        super("voucher", id.toString());
    }

    public static VoucherNotFound byId(UUID id) {
        return new VoucherNotFound(id);
    }
}
