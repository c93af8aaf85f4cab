package nl.werkpad.web.forms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every text a page form posts is checked before its controller runs, for every form at once: no control
 * character (NUL, escape…; line breaks and tabs are fine) and no more characters than the field's stated maximum,
 * declared where the form is bound ({@code @RequestParam @Size(max = Limits.NOTE) String text}, or {@code @Size} on
 * the form record's component; a field without one is left to its controller). A refused form goes back to the
 * page it was sent from (the browser's same-origin {@code Referer}), with the message next to each refused field and
 * what was typed kept ({@link FormErrorsDialect}); nothing is saved, because the controller never ran. Without a
 * page to go back to the answer is the 422 error page.
 */
public final class FormTextGuard implements HandlerInterceptor {

    /** Flash attribute: the refused fields of the last form, by field name. */
    public static final String ERRORS = "formTextErrors";
    /** Flash attribute: the path the refused form was posted to, so only that form shows the messages. */
    public static final String ACTION = "formTextAction";
    /** Flash attribute: what was typed, by field name, without the characters that were refused. */
    public static final String VALUES = "formTextValues";

    /** A refused field: the rule (a message key) and its bound, or null. */
    public record Refusal(String rule, Integer limit) implements java.io.Serializable {}

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"POST".equals(request.getMethod()) || !(handler instanceof HandlerMethod method) || !isPage(method)) {
            return true;
        }
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (name.startsWith("_")) {
                return;
            }
            int max = maxLength(method, name);
            for (String value : given) {
                if (value.length() > max) {
                    errors.putIfAbsent(name, new Refusal(InputCheck.TOO_LONG, max));
                } else if (InputCheck.hasControlCharacter(value, true)) {
                    errors.putIfAbsent(name, new Refusal(InputCheck.CONTROL_CHARACTER, null));
                }
            }
            if (given.length == 1) {
                values.put(name, readable(given[0], max));
            }
        });
        if (errors.isEmpty()) {
            return true;
        }
        String back = back(request);
        if (back == null) {
            response.sendError(422);
            return false;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(ERRORS, errors);
        flash.put(ACTION, request.getRequestURI());
        flash.put(VALUES, values);
        RequestContextUtils.saveOutputFlashMap(back, request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + back);
        return false;
    }

    private static boolean isPage(HandlerMethod method) {
        Class<?> type = method.getBeanType();
        return AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                && !AnnotatedElementUtils.hasAnnotation(type, RestController.class);
    }

    /** How a handler binds a form field: its type and the maximum it declares ({@code @Size}), or null. */
    public record Binding(Class<?> type, Integer maxLength) {}

    /** The maximum the form's binding declares for this field name; without one, no length is checked here. */
    static int maxLength(HandlerMethod method, String name) {
        Binding binding = binding(method, name);
        return binding == null || binding.maxLength() == null ? Integer.MAX_VALUE : binding.maxLength();
    }

    /** The field's binding: a {@code @RequestParam} of that name or a component of the form record, or null. */
    public static Binding binding(HandlerMethod method, String name) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String bound = !param.name().isEmpty()
                        ? param.name()
                        : param.value().isEmpty() ? parameter.getParameterName() : param.value();
                if (name.equals(bound)) {
                    Size size = parameter.getParameterAnnotation(Size.class);
                    return new Binding(parameter.getParameterType(), size == null ? null : size.max());
                }
            } else if (parameter.getParameterType().isRecord()
                    && (parameter.hasParameterAnnotation(ModelAttribute.class)
                            || !isSimple(parameter.getParameterType()))) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        Size size = component.getAccessor().getAnnotation(Size.class);
                        if (size == null) {
                            size = component.getAnnotation(Size.class);
                        }
                        return new Binding(component.getType(), size == null ? null : size.max());
                    }
                }
            }
        }
        return null;
    }

    private static boolean isSimple(Class<?> type) {
        return type.isPrimitive() || type.getName().startsWith("java.");
    }

    /** What was typed, kept for the form: control characters dropped, cut at the maximum. */
    private static String readable(String value, int max) {
        StringBuilder kept = new StringBuilder();
        value.codePoints()
                .filter(c -> c == '\n'
                        || c == '\r'
                        || c == '\t'
                        || !(Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
                .forEach(kept::appendCodePoint);
        int keep = Math.min(max, Limits.ANY_TEXT);
        return kept.length() > keep ? kept.substring(0, keep) : kept.toString();
    }

    /** The page the form was on, as a path on this site (never another host), or null when unknown. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            String context = request.getContextPath();
            if (!context.isEmpty() && path.startsWith(context)) {
                path = path.substring(context.length());
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
