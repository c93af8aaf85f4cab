package nl.werkpad.web.names;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import nl.werkpad.web.Names;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Makes {@link Names} available in every template as {@code #names}, in the page's language. */
@Component
class NamesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Names names;

    NamesDialect(Names names) {
        super("names");
        this.names = names;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("names");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new PageNames(names, context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** {@link Names} bound to the page's locale, as templates call it. */
    public record PageNames(Names names, Locale locale) {

        /** {@code #names.of('area', 'GM0383')} → Alkmaar. */
        public String of(String kind, String code) {
            return names.of(kind, code, locale);
        }

        /** {@code #names.area('PV27')} → Noord-Holland: a municipality, labour-market region or province. */
        public String area(String code) {
            return names.of("area", code, locale);
        }

        /** {@code #names.list('area', codes)} → "Alkmaar, Bergen en Heiloo". */
        public String list(String kind, Collection<String> codes) {
            return names.list(kind, codes, locale);
        }

        /** {@code #names.anyOf('area', codes)} → "Alkmaar, Bergen of Heiloo". */
        public String anyOf(String kind, Collection<String> codes) {
            return names.anyOf(kind, codes, locale);
        }

        /** {@code #names.label(status)} → the message {@code enum.<Type>.<VALUE>}. */
        public String label(Enum<?> value) {
            return names.label(value, locale);
        }
    }
}
