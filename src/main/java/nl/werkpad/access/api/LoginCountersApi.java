package nl.werkpad.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Toegang / access")
@PreAuthorize("hasRole('BEHEERDER')")
class LoginCountersApi {

    private final Accounts accounts;

    LoginCountersApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/login-counters")
    @Operation(summary = "Tellers van onjuiste wachtwoorden en wachttijden (afgelopen etmaal) / log-in counters and waits")
    List<LoginCounter> counters() {
        return accounts.loginCounters();
    }

    @DeleteMapping("/api/v1/login-counters")
    @Operation(summary = "Een teller opheffen / lift a log-in counter")
    ResponseEntity<Void> lift(@RequestParam String scope, @RequestParam String key) {
        accounts.liftLoginCounter(scope, key);
        return ResponseEntity.noContent().build();
    }
}
