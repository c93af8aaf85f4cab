package nl.werkpad.shared.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The API reads JSON strictly, for every endpoint at once (Jackson 3, the one Spring Boot 4 uses): an unknown
 * field, a number where text belongs (or text where a number belongs), a fraction for a whole number, a null
 * inside a list, a control character or a string beyond {@link Limits#ANY_TEXT} are refused with the field named,
 * instead of being quietly coerced or reaching the database.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .changeDefaultNullHandling(setter -> JsonSetter.Value.construct(setter.getValueNulls(), Nulls.FAIL))
                .withCoercionConfig(
                        LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("werkpad-strict-text").addDeserializer(String.class, new PlainText()));
    }

    /** Text as the database can hold it: no NUL or other control characters (line breaks and tabs are fine). */
    static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.length() > Limits.ANY_TEXT) {
                throw new TextRefused(p, InputCheck.TOO_LONG, "text is at most " + Limits.ANY_TEXT + " characters");
            }
            if (value != null && InputCheck.hasControlCharacter(value, true)) {
                throw new TextRefused(
                        p,
                        InputCheck.CONTROL_CHARACTER,
                        "text contains a control character (such as NUL) that text cannot hold");
            }
            return value;
        }
    }

    /** A string the API refuses, with the rule's name for the problem. */
    static final class TextRefused extends MismatchedInputException {

        private final String rule;

        TextRefused(JsonParser p, String rule, String message) {
            super(p, message, String.class);
            this.rule = rule;
        }

        String rule() {
            return rule;
        }
    }
}
