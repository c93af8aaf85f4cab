package nl.werkpad.support;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Controller;

/**
 * A web slice: only the controllers named in {@link Controllers} with Werkpad's web edge (problem+json, language, layout),
 * no database and no services. Each module's facade is a Mockito double of that Java interface, declared once in
 * {@link WebSliceTest} so that every slice test shares one small Spring context (a few seconds, where the whole
 * application takes 20-40). Security filters are off: who may call what is proven against the whole application
 * ({@code ApiAccessTests}); a slice proves what a controller does with a request, and with the facade's answer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = WebSlice.Controllers.class))
@AutoConfigureMockMvc(addFilters = false)
@Import(WebSlice.Doubles.class)
public @interface WebSlice {

    /** The day every slice lives on, through the injected clock. */
    LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Leaves out every controller but the sliced ones (their facades are doubles in {@link WebSliceTest}). */
    final class Controllers implements TypeFilter {

        static final Set<String> SLICED = Set.of(
                "nl.werkpad.matching.api.MatchingApi",
                "nl.werkpad.monitor.api.MonitorApi",
                "nl.werkpad.monitor.web.MonitorPages");

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            var type = reader.getAnnotationMetadata();
            return type.isAnnotated(Controller.class.getName()) && !SLICED.contains(type.getClassName());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    class Doubles {
        @Bean
        Clock clock() {
            return Clock.fixed(
                    TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(), ZoneId.of("Europe/Amsterdam"));
        }
    }
}
