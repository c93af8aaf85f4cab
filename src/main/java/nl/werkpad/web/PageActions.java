package nl.werkpad.web;

import java.util.function.Supplier;
import nl.werkpad.shared.RuleViolation;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form post that changes something, the one way pages answer a broken business rule that belongs to no single
 * field: the rule's name (also its message key) goes to the page under an attribute the template shows it by. A rule
 * about one field goes next to that field instead, through {@link RuleErrors}.
 */
public final class PageActions {

    private PageActions() {}

    /** Runs the change; on success the next page says {@code done}, on a broken rule it names the rule as "refused". */
    public static String redirect(RedirectAttributes redirect, String done, String target, Supplier<?> change) {
        if (attempt(redirect, "refused", change::get)) {
            redirect.addFlashAttribute("done", done);
        }
        return "redirect:" + target;
    }

    /** Runs the change; a broken rule goes to the page redirected to as the flash attribute {@code refused}. */
    public static boolean attempt(RedirectAttributes redirect, String refused, Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute(refused, e.rule());
            return false;
        }
    }

    /** Runs the change; a broken rule goes to the page shown again as the model attribute {@code refused}. */
    public static boolean attempt(Model model, String refused, Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolation e) {
            model.addAttribute(refused, e.rule());
            return false;
        }
    }
}
