package nl.werkpad.trajectories.web;

import java.util.function.Supplier;
import nl.werkpad.shared.RuleViolation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A form post that changes something: on success the page says what was done, on a broken rule it names the rule. */
final class PageActions {

    private PageActions() {}

    static String redirect(RedirectAttributes redirect, String done, String target, Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("done", done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("refused", e.rule());
        }
        return "redirect:" + target;
    }
}
