/**
 * Shared kernel: the database, per-module migrations, start-up tasks, command-line commands and
 * the API conventions (problem+json, API-Version) that every module uses.
 */
@org.springframework.modulith.ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.werkpad.shared;

import org.springframework.modulith.ApplicationModule;
