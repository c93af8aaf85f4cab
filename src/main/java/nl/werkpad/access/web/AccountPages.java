package nl.werkpad.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.access.domain.PasswordPolicy;
import nl.werkpad.access.security.AccountStore;
import nl.werkpad.shared.Decision;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": who I am, my roles, and changing my password. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final AccountStore store;
    private final PasswordEncoder passwords;

    AccountPages(Accounts accounts, AccountStore store, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.store = store;
        this.passwords = passwords;
    }

    @GetMapping("/account")
    String account(Model model, SignedInUser user) {
        model.addAttribute("account", accounts.byId(user.accountId()).orElseThrow());
        return "access/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "access/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            SignedInUser user) {
        var credentials = store.credentials(user.username()).orElseThrow();
        if (!errors.hasFieldErrors("current")
                && (credentials.passwordHash() == null
                        || !passwords.matches(form.current(), credentials.passwordHash()))) {
            errors.rejectValue("current", "password.wrong-current");
        }
        if (!errors.hasFieldErrors("password")
                && PasswordPolicy.check(user.username(), form.password()) instanceof Decision.Rejected rejected) {
            errors.rejectValue(
                    "password", rejected.rule(), new Object[] {PasswordPolicy.MIN_LENGTH}, rejected.reason());
        }
        if (!errors.hasFieldErrors("repeat") && !form.password().equals(form.repeat())) {
            errors.rejectValue("repeat", "password.not-repeated");
        }
        if (errors.hasErrors()) {
            return "access/password";
        }
        accounts.setPassword(user.accountId(), form.password(), false);
        // the old session carried the one-time password's restrictions: log in again with the new one
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        redirect.addAttribute("passwordChanged", "");
        return "redirect:/login";
    }
}
