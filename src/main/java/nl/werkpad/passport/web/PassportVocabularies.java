package nl.werkpad.passport.web;

import nl.werkpad.web.NameVocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names of the passport's codes for other modules' pages: labour-market statuses as a third person reads them. */
@Configuration(proxyBeanMethods = false)
class PassportVocabularies {

    @Bean
    NameVocabulary labourMarketStatuses(MessageSource messages) {
        return NameVocabulary.messages("status", "enum.LabourMarketStatus.", messages);
    }
}
