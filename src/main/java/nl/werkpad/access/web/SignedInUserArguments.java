package nl.werkpad.access.web;

import java.util.List;
import nl.werkpad.access.SignedInUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets every page and API handler take the person behind the request as a parameter ({@code SignedInUser user})
 * instead of looking it up. A handler that takes one is reached only after log-in (security config); should it be
 * reached without one, Spring Security answers as for any unauthenticated request.
 */
@Configuration(proxyBeanMethods = false)
class SignedInUserArguments implements WebMvcConfigurer {

    static {
        // not a request parameter: the API description must not ask clients for it
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(SignedInUser.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == SignedInUser.class;
        }

        @Override
        public SignedInUser resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer mavContainer,
                NativeWebRequest webRequest,
                WebDataBinderFactory binderFactory) {
            return SignedInUser.current()
                    .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
        }
    }
}
