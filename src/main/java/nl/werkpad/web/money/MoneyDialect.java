package nl.werkpad.web.money;

import java.util.Locale;
import java.util.Set;
import nl.werkpad.shared.Money;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes the one money formatter available in every template as {@code #money}, in the page's language:
 * {@code #money.format(cents)} → "€ 1.234,50", {@code #money.amount(cents)} → "1.234,50" (cents only where the
 * amount has them), {@code #money.compact(cents)} → "€ 600.000", {@code #money.number(cents)} → "495,00".
 */
@Component
class MoneyDialect extends AbstractDialect implements IExpressionObjectDialect {

    MoneyDialect() {
        super("money");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("money");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new PageMoney(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** {@link Money} bound to the page's locale; an amount is cents (a number) or a {@link Money}. */
    public record PageMoney(Locale locale) {

        public String format(Object amount) {
            if (amount instanceof java.math.BigInteger sum && sum.bitLength() >= Long.SIZE) {
                return Money.format(sum, locale);
            }
            return amount == null ? "" : money(amount).format(locale);
        }

        public String number(Object amount) {
            return amount == null ? "" : money(amount).number(locale);
        }

        public String amount(Object amount) {
            return amount == null ? "" : money(amount).amount(locale);
        }

        public String compact(Object amount) {
            return amount == null ? "" : money(amount).compact(locale);
        }

        private static Money money(Object amount) {
            return switch (amount) {
                case Money m -> m;
                case java.math.BigInteger b -> Money.ofCents(b.longValueExact());
                case Number n -> Money.ofCents(n.longValue());
                default -> throw new IllegalArgumentException("Not an amount in cents: " + amount.getClass());
            };
        }
    }
}
