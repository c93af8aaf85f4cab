/**
 * Europass: a resident's passport as a Europass CV (the Europass XML that Europass reads back) and Europass CVs in
 * (the XML, or the Europass PDF that carries it as an attachment) as proposals for the passport. A module of its own
 * beside {@code passport}, which it reads and proposes to, and {@code extraction}, which reads the CV's texts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "web", "taxonomy", "passport", "extraction"})
package nl.werkpad.europass;
