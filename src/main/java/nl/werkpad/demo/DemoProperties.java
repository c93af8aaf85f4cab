package nl.werkpad.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param password the one password of every demo account (WERKPAD_DEMO_PASSWORD); generated when empty */
@ConfigurationProperties("werkpad.demo")
record DemoProperties(@DefaultValue("") String password) {
}
