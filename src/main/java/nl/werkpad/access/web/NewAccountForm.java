package nl.werkpad.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.werkpad.access.Role;

/** The administrator's form for a new local account. */
record NewAccountForm(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+")
        String username,

        @NotBlank @Size(max = 120) String displayName,
        @NotEmpty Set<Role> roles) {}
