package nl.werkpad.shared.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Limits;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every API request body is held to the maximum length its record declares per text field ({@code @Size(max =
 * Limits.NAME)}, the same number the OpenAPI document shows as {@code maxLength}), whether or not the controller
 * asks for validation, and however deep the field sits: a broken maximum is a 422 with rule {@code input.too-long}
 * and the field's path ({@code workHistory[0].employer}). A whole text body (CSV, NDJSON) is at most
 * {@link Limits#IMPORT} characters.
 */
@RestControllerAdvice(annotations = RestController.class)
class DeclaredLengths extends RequestBodyAdviceAdapter {

    private final Validator validator;

    DeclaredLengths(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        InputCheck check = InputCheck.of();
        if (body instanceof String text) {
            check.text("body", text, Limits.IMPORT);
            if (text.length() > Limits.IMPORT) {
                check.orThrow();
            }
            return body;
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (body instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                errors.addAll(tooLong(element, "[" + index++ + "]"));
            }
        } else {
            errors.addAll(tooLong(body, ""));
        }
        if (!errors.isEmpty()) {
            throw InvalidInput.of(errors);
        }
        return body;
    }

    private List<InvalidInput.FieldError> tooLong(Object body, String prefix) {
        if (body == null || body instanceof String || body.getClass().isPrimitive()) {
            return List.of();
        }
        return validator.validate(body).stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof Size)
                .filter(v -> v.getInvalidValue() instanceof CharSequence)
                .map(v -> error(prefix, v))
                .sorted(Comparator.comparing(InvalidInput.FieldError::field))
                .toList();
    }

    private static InvalidInput.FieldError error(String prefix, ConstraintViolation<Object> violation) {
        int max = ((Size) violation.getConstraintDescriptor().getAnnotation()).max();
        String field = prefix + path(violation.getPropertyPath());
        if (field.startsWith(".")) {
            field = field.substring(1);
        }
        return new InvalidInput.FieldError(
                field, InputCheck.TOO_LONG, field + " is at most " + max + " characters", max);
    }

    /** {@code workHistory[0].employer}, {@code skills[2]}: as the client names the field, without the container nodes. */
    static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() == null ? node.getKey() : node.getIndex())
                        .append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
