package nl.werkpad.web.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code werkpad.web.public-base-url} set, every request sees that scheme, host and port, whatever
 * {@code Host} or forwarded headers arrive: redirects (the log-in page included) and absolute links can no longer
 * be pointed at another site by a forged header.
 */
@Configuration(proxyBeanMethods = false)
public class PublicBaseUrlFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicBaseUrl(WebProperties properties) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(filter(properties.publicBase()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(properties.publicBase() != null);
        return registration;
    }

    public static OncePerRequestFilter filter(URI base) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(base == null ? request : new AtPublicBase(request, base), response);
            }
        };
    }

    static final class AtPublicBase extends HttpServletRequestWrapper {

        private final URI base;

        AtPublicBase(HttpServletRequest request, URI base) {
            super(request);
            this.base = base;
        }

        @Override
        public String getScheme() {
            return base.getScheme();
        }

        @Override
        public boolean isSecure() {
            return "https".equalsIgnoreCase(base.getScheme());
        }

        @Override
        public String getServerName() {
            return base.getHost();
        }

        @Override
        public int getServerPort() {
            return base.getPort() != -1 ? base.getPort() : isSecure() ? 443 : 80;
        }

        @Override
        public StringBuffer getRequestURL() {
            boolean defaultPort = base.getPort() == -1;
            return new StringBuffer(base.getScheme())
                    .append("://")
                    .append(base.getHost())
                    .append(defaultPort ? "" : ":" + base.getPort())
                    .append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            if ("Host".equalsIgnoreCase(name)) {
                return base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort();
            }
            if (name != null
                    && (name.toLowerCase(java.util.Locale.ROOT).startsWith("x-forwarded-")
                            || "forwarded".equalsIgnoreCase(name))) {
                return null;
            }
            return super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            if ("Host".equalsIgnoreCase(name) || value == null) {
                return java.util.Collections.enumeration(
                        value == null ? java.util.List.of() : java.util.List.of(value));
            }
            return super.getHeaders(name);
        }
    }
}
