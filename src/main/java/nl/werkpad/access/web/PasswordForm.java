package nl.werkpad.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "choose a new password" form. */
record PasswordForm(
        @NotBlank @Size(max = 1000) String current,
        @NotBlank @Size(max = 1000) String password,
        @NotBlank @Size(max = 1000) String repeat) {}
