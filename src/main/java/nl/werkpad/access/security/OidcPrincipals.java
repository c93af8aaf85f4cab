package nl.werkpad.access.security;

import nl.werkpad.access.SignedInUser;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** The principals of people who come in through OpenID Connect, for pages and for API tokens. */
final class OidcPrincipals {

    private OidcPrincipals() {}

    /** A page session started with the authorization code flow. */
    static final class SessionUser extends DefaultOidcUser implements SignedInUser.Principal {
        private final SignedInUser signedInUser;

        SessionUser(OidcUser user, SignedInUser signedInUser) {
            super(OidcRoles.authorities(signedInUser), user.getIdToken(), user.getUserInfo());
            this.signedInUser = signedInUser;
        }

        @Override
        public SignedInUser signedInUser() {
            return signedInUser;
        }

        @Override
        public String getName() {
            return signedInUser.username();
        }
    }

    /** An API call with a bearer token. */
    record TokenUser(SignedInUser signedInUser) implements SignedInUser.Principal, java.security.Principal {
        @Override
        public String getName() {
            return signedInUser.username();
        }
    }

    static OAuth2UserService<OidcUserRequest, OidcUser> userService(OidcRoles roles) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            return new SessionUser(user, roles.signIn(user.getClaims()));
        };
    }

    static Converter<Jwt, AbstractAuthenticationToken> tokenConverter(OidcRoles roles) {
        return jwt -> {
            SignedInUser user = roles.signIn(jwt.getClaims());
            return UsernamePasswordAuthenticationToken.authenticated(
                    new TokenUser(user), jwt, OidcRoles.authorities(user));
        };
    }
}
