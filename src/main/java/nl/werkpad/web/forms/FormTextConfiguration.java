package nl.werkpad.web.forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every page form's text passes {@link FormTextGuard} before its controller. */
@Configuration(proxyBeanMethods = false)
class FormTextConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormTextGuard()).excludePathPatterns("/api/**");
    }
}
