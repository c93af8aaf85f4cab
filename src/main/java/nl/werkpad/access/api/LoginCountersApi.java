package nl.werkpad.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.LoginCounter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see every log-in counter and wait, and lift one. */
@RestController
@PreAuthorize("hasRole('BEHEERDER')")
class LoginCountersApi {

    private final Accounts accounts;

    LoginCountersApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/login-counters")
    @Operation(
            summary = "Tellers van onjuiste wachtwoorden en wachttijden (afgelopen etmaal) / log-in counters and waits",
            description =
                    "Elke teller van onjuiste wachtwoorden per account, per adres en per account op een adres, met de wachttijd die eruit volgt. Alleen beheerders. / Every log-in counter and wait; administrators only.")
    List<LoginCounter> counters() {
        return accounts.loginCounters();
    }

    @DeleteMapping("/api/v1/login-counters")
    @Operation(
            summary = "Een teller opheffen / lift a log-in counter",
            description =
                    "Heft een teller en de wachttijd op, zodat het account of adres meteen weer mag inloggen. Alleen beheerders. / Lifts a counter and its wait; administrators only.")
    @ApiResponse(responseCode = "204", description = "Opgeheven / lifted")
    ResponseEntity<Void> lift(@RequestParam String scope, @RequestParam String key) {
        accounts.liftLoginCounter(scope, key);
        return ResponseEntity.noContent().build();
    }
}
