package nl.werkpad.web.names;

import nl.werkpad.web.NameVocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names of national classifications that no module owns: the SBI sections of economic activity (A–U). */
@Configuration(proxyBeanMethods = false)
class NationalVocabularies {

    @Bean
    NameVocabulary sbiSections(MessageSource messages) {
        return NameVocabulary.messages("sbi", "sbi.", messages);
    }
}
