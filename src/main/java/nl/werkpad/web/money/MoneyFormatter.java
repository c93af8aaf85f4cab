package nl.werkpad.web.money;

import java.util.Locale;
import nl.werkpad.shared.Money;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Binds every {@link Money} field of every form through {@link Money#parse} and shows it back as the reader types it
 * ({@link Money#amount}). Text that is no amount becomes Spring's {@code typeMismatch}, shown next to the field.
 * Spring Boot registers Formatter beans with the MVC conversion service.
 */
@Component
class MoneyFormatter implements Formatter<Money> {

    @Override
    public Money parse(String text, Locale locale) {
        return Money.parse(text);
    }

    @Override
    public String print(Money money, Locale locale) {
        return money.amount(locale);
    }
}
