package nl.werkpad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.web.NavigationContributor;
import org.springframework.security.access.prepost.PreAuthorize;
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
            .implement(NavigationContributor.class)
            .should()
            .beAnnotatedWith(PreAuthorize.class)
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
    private static final Set<Class<?>> TIME_TYPES = Set.of(
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            Instant.class,
            OffsetDateTime.class,
            OffsetTime.class,
            ZonedDateTime.class,
            Year.class,
            YearMonth.class,
            MonthDay.class);

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "a java.time now() without a Clock",
                    call -> call.getTarget().getName().equals("now")
                            && call.getTarget().getRawParameterTypes().isEmpty()
                            && TIME_TYPES.stream()
                                    .anyMatch(t -> call.getTargetOwner().isEquivalentTo(t))))
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .because(
                    "time comes from the injected Clock (STYLE.md rule 13), so tests can move it; the one system clock is the bean "
                            + "in shared.SchedulingConfiguration");

    /** Every persistence package decides nothing: rules are applied by the application services above it. */
    @ArchTest
    static final ArchRule storesDecideNothing = noClasses()
            .that()
            .resideInAnyPackage("..persistence..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(RuleViolation.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(InputCheck.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Decision.class)
            .because(
                    "a RuleViolation raised in a store is a rule in the wrong place (STYLE.md rule 12): rules live in domain/, "
                            + "the application service applies them, the store only reads and writes");
}
