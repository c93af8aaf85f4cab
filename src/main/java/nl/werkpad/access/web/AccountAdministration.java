package nl.werkpad.access.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.LoginCounter;
import nl.werkpad.access.NewAccount;
import nl.werkpad.access.Passwords;
import nl.werkpad.access.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list accounts, create local ones with a one-time password, and lift lockouts. */
@Controller
@RequestMapping("/beheer/accounts")
@PreAuthorize("hasRole('BEHEERDER')")
class AccountAdministration {

    private final Accounts accounts;
    private final Clock clock;

    AccountAdministration(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccountForm("", "", Set.of()));
        }
        Instant now = clock.instant();
        List<LoginCounter> counters = accounts.loginCounters();
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", now);
        model.addAttribute("counters", counters);
        model.addAttribute("zone", ZoneId.of("Europe/Amsterdam"));
        // accounts with a wait at some address or over all addresses, so the list shows them and offers to lift
        model.addAttribute(
                "waiting",
                counters.stream()
                        .filter(c -> c.blockedAt(now) && !c.scope().equals("ADDRESS"))
                        .map(c -> c.key().contains(" @ ")
                                ? c.key().substring(0, c.key().lastIndexOf(" @ "))
                                : c.key())
                        .collect(Collectors.toSet()));
        return "access/accounts";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username")
                && accounts.byUsername(form.username()).isPresent()) {
            errors.rejectValue("username", "account.username-taken");
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        String oneTime = Passwords.generate();
        accounts.create(new NewAccount(form.username(), form.displayName(), oneTime, form.roles(), true));
        redirect.addFlashAttribute("created", form.username());
        redirect.addFlashAttribute("oneTimePassword", oneTime);
        return "redirect:/beheer/accounts";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("unlocked", true);
        return "redirect:/beheer/accounts";
    }

    @PostMapping("/log-in-tellers")
    String liftCounter(
            @org.springframework.web.bind.annotation.RequestParam String scope,
            @org.springframework.web.bind.annotation.RequestParam String key,
            RedirectAttributes redirect) {
        accounts.liftLoginCounter(scope, key);
        redirect.addFlashAttribute("unlocked", true);
        return "redirect:/beheer/accounts";
    }
}
