package nl.werkpad.web.forms;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * Shows what {@link FormTextGuard} refused, on every page without a line in its templates: in the form that was
 * posted, each refused {@code input} or {@code textarea} gets its message just before it ({@code field__error},
 * linked by {@code aria-describedby}), {@code aria-invalid="true"}, and what was typed back.
 */
@Component
class FormErrorsDialect extends AbstractProcessorDialect {

    /** After every standard attribute (th:action, th:name, th:field…), so names and actions are final. */
    private static final int PRECEDENCE = 20_000;

    private static final String FORM_ACTION = "werkpadPostedTo";

    /** Inputs whose typed text comes back (not passwords, hidden keys, boxes or buttons). */
    private static final java.util.Set<String> TYPED = new java.util.HashSet<>(
            java.util.Arrays.asList(null, "text", "search", "email", "url", "tel", "number", "date"));

    FormErrorsDialect() {
        super("Werkpad form errors", "werkpadform", PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new FormTag(prefix), new FieldTag(prefix, "input"), new FieldTag(prefix, "textarea"));
    }

    /** Remembers, for the fields inside, where this form posts to. */
    private static final class FormTag extends AbstractElementTagProcessor {

        FormTag(String prefix) {
            super(TemplateMode.HTML, prefix, "form", false, null, false, PRECEDENCE);
        }

        @Override
        protected void doProcess(
                ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
            if (context.getVariable(FormTextGuard.ERRORS) != null && tag.hasAttribute("action")) {
                String action = tag.getAttributeValue("action");
                int query = action.indexOf('?');
                structure.setLocalVariable(FORM_ACTION, query < 0 ? action : action.substring(0, query));
            }
        }
    }

    private static final class FieldTag extends AbstractElementTagProcessor {

        private final boolean textarea;

        FieldTag(String prefix, String element) {
            super(TemplateMode.HTML, prefix, element, false, null, false, PRECEDENCE);
            this.textarea = element.equals("textarea");
        }

        @Override
        @SuppressWarnings("unchecked")
        protected void doProcess(
                ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
            Object errors = context.getVariable(FormTextGuard.ERRORS);
            String name = tag.getAttributeValue("name");
            if (!(errors instanceof Map<?, ?> refused)
                    || name == null
                    || !String.valueOf(context.getVariable(FormTextGuard.ACTION))
                            .equals(context.getVariable(FORM_ACTION))) {
                return;
            }
            Object values = context.getVariable(FormTextGuard.VALUES);
            String typed = values instanceof Map<?, ?> all && all.get(name) instanceof String value ? value : null;
            if (!(refused.get(name) instanceof FormTextGuard.Refusal refusal)) {
                // the other fields of the refused form keep what was typed too
                if (typed != null && (textarea || TYPED.contains(tag.getAttributeValue("type")))) {
                    keep(context, tag, structure, typed);
                }
                return;
            }
            String id = (tag.hasAttribute("id") ? tag.getAttributeValue("id") : name) + "-text-error";
            Object[] args = refusal.limit() == null ? null : new Object[] {refusal.limit()};
            String message = context.getMessage(FormErrorsDialect.class, refusal.rule(), args, true);
            IModelFactory factory = context.getModelFactory();
            IModel field = factory.createModel();
            field.add(factory.createOpenElementTag("p", Map.of("class", "field__error", "id", id), null, false));
            field.add(factory.createText(HtmlEscape.escapeHtml5(message)));
            field.add(factory.createCloseElementTag("p"));
            String described = tag.getAttributeValue("aria-describedby");
            IProcessableElementTag marked = factory.setAttribute(tag, "aria-invalid", "true");
            marked = factory.setAttribute(marked, "aria-describedby", described == null ? id : id + " " + described);
            if (textarea) {
                // the whole element is written anew: a structure handler cannot both insert before and set a body
                field.add(marked);
                field.add(factory.createText(HtmlEscape.escapeHtml5(typed == null ? "" : typed)));
                field.add(factory.createCloseElementTag("textarea"));
            } else {
                field.add(
                        typed == null
                                ? marked
                                : factory.setAttribute(marked, "value", HtmlEscape.escapeHtml4Xml(typed)));
            }
            structure.replaceWith(field, false);
        }

        private void keep(
                ITemplateContext context,
                IProcessableElementTag tag,
                IElementTagStructureHandler structure,
                String typed) {
            if (textarea) {
                structure.setBody(HtmlEscape.escapeHtml5(typed), false);
            } else {
                structure.setAttribute("value", HtmlEscape.escapeHtml4Xml(typed));
            }
        }
    }
}
