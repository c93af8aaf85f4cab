package nl.werkpad.access.web;

import jakarta.validation.constraints.NotBlank;

/** The "choose a new password" form. */
record PasswordForm(
        @NotBlank String current,
        @NotBlank String password,
        @NotBlank String repeat) {}
