package nl.werkpad.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param password  the one password of every demo account (WERKPAD_DEMO_PASSWORD); generated when empty
 * @param residents generated residents of the demo region: enough that the monitor can show tension per labour-market
 *                  region and occupation group without hiding most cells (fewer than ten people on WW)
 * @param vacancies generated open vacancies of the demo region
 */
@ConfigurationProperties("werkpad.demo")
record DemoProperties(
        @DefaultValue("") String password,
        @DefaultValue("8000") int residents,
        @DefaultValue("2000") int vacancies) {}
