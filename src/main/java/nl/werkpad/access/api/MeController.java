package nl.werkpad.access.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    /** The caller's account as the API returns it. */
    record Me(UUID id, String username, String displayName, Set<Role> roles) {}

    @GetMapping("/api/v1/me")
    @Operation(
            summary = "Het account en de rollen van de aanroeper / the caller's account and roles",
            description =
                    "Geeft het account en de rollen van wie belt. Iedereen die is ingelogd (HTTP Basic of OIDC). / Returns the caller's account and roles; any signed-in caller.")
    Me me(SignedInUser user) {
        return new Me(user.accountId(), user.username(), user.displayName(), user.roles());
    }
}
