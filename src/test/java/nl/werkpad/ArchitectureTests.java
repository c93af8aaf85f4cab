package nl.werkpad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "nl.werkpad", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainCodeHasNoSpringJdbcOrServlet = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "jakarta.persistence..")
            .because(
                    "business rules are plain Java (STYLE.md rule 2); a package may still be marked a module interface");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .because("a module's tables are its own; others use its facade");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic();

    @ArchTest
    static final ArchRule navigationIsNotGuardedByMethodSecurity = noClasses()
            .that()
            .implement(nl.werkpad.web.NavigationContributor.class)
            .should()
            .beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because(
                    "the menu is built for every visitor; a guarded contributor sends anonymous visitors to the log-in page");

    @ArchTest
    static final ArchRule modulesHaveNoCycles =
            slices().matching("nl.werkpad.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noJdbcOutsidePersistence = noClasses()
            .that()
            .resideOutsideOfPackages("..persistence..", "nl.werkpad.shared.db..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .because("SQL lives in each module's persistence package (STYLE.md rule 6)");

    /** The parameterless {@code now()} of every java.time type reads the system clock; tests could not move time. */
    private static final java.util.Set<Class<?>> TIME_TYPES = java.util.Set.of(
            java.time.LocalDate.class,
            java.time.LocalDateTime.class,
            java.time.LocalTime.class,
            java.time.Instant.class,
            java.time.OffsetDateTime.class,
            java.time.OffsetTime.class,
            java.time.ZonedDateTime.class,
            java.time.Year.class,
            java.time.YearMonth.class,
            java.time.MonthDay.class);

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should()
            .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "a java.time now() without a Clock",
                    call -> call.getTarget().getName().equals("now")
                            && call.getTarget().getRawParameterTypes().isEmpty()
                            && TIME_TYPES.stream()
                                    .anyMatch(t -> call.getTargetOwner().isEquivalentTo(t))))
            .orShould()
            .callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(java.time.Clock.class, "systemUTC")
            .because(
                    "time comes from the injected Clock (STYLE.md rule 13), so tests can move it; the one system clock is the bean "
                            + "in shared.SchedulingConfiguration");

    /**
     * The persistence packages whose module facade is still implemented inside them, with its rules, permissions and
     * SQL in one class (the state before issue 19). Each leaves this list when its facade becomes an application
     * service; a new package never joins it.
     */
    private static final String[] FACADES_STILL_IN_PERSISTENCE = {
        "nl.werkpad.organisations.persistence..",
        "nl.werkpad.passport.persistence..",
        "nl.werkpad.vacancies.persistence.."
    };

    /** Every other persistence package decides nothing: rules are applied by the application services above it. */
    @ArchTest
    static final ArchRule storesDecideNothing = noClasses()
            .that()
            .resideInAnyPackage("..persistence..")
            .and()
            .resideOutsideOfPackages(FACADES_STILL_IN_PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(nl.werkpad.shared.RuleViolation.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(nl.werkpad.shared.InputCheck.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(nl.werkpad.shared.Decision.class)
            .because(
                    "a RuleViolation raised in a store is a rule in the wrong place (STYLE.md rule 12): rules live in domain/, "
                            + "the application service applies them, the store only reads and writes");
}
