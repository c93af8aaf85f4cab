package nl.werkpad.fund.web;

import nl.werkpad.web.NameVocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names of the fund's codes: the target groups a resident declares and the ESCO skill collections rules ask for. */
@Configuration(proxyBeanMethods = false)
class FundVocabularies {

    @Bean
    NameVocabulary targetGroups(MessageSource messages) {
        return NameVocabulary.messages("targetGroup", "fund.group.", messages);
    }

    @Bean
    NameVocabulary skillCollections(MessageSource messages) {
        return NameVocabulary.messages("collection", "fund.collection.", messages);
    }
}
