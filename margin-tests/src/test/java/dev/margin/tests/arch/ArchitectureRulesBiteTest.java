package dev.margin.tests.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each architecture rule fails on a small planted violation, and names it. */
class ArchitectureRulesBiteTest {
  static final String PLANTED = "dev.margin.tests.arch.planted.";

  static List<String> violations(String root, Function<String, ArchRule> rule) {
    String base = PLANTED + root;
    JavaClasses planted = new ClassFileImporter().importPackages(base);
    EvaluationResult result = rule.apply(base).evaluate(planted);
    assertThat(result.hasViolation()).as("the rule fails on the planted classes").isTrue();
    return result.getFailureReport().getDetails();
  }

  @Test
  void layeringCatchesTheDomainReachingIntoAnAdapter() {
    assertThat(violations("layering", MarginArchitecture::layering))
        .anySatisfy(v -> assertThat(v).contains("LeakyValue").contains("SomeClient"));
  }

  @Test
  void domainPurityCatchesAFrameworkTypeInTheDomain() {
    assertThat(violations("jdk", MarginArchitecture::domainDependsOnTheJdkOnly))
        .anySatisfy(v -> assertThat(v).contains("FrameworkValue").contains("feign.Request"));
  }

  @Test
  void jsonRuleCatchesJacksonInTheApplication() {
    assertThat(violations("purity", MarginArchitecture::domainAndAppAreFreeOfFeignAndJackson))
        .anySatisfy(v -> assertThat(v).contains("JsonService").contains("ObjectMapper"));
  }

  @Test
  void guiceRuleCatchesAnInjectedServiceButSparesTheModule() {
    List<String> violations = violations("guice", MarginArchitecture::onlyModulesTouchGuice);

    assertThat(violations).anySatisfy(v -> assertThat(v).contains("InjectedService"));
    assertThat(violations).noneSatisfy(v -> assertThat(v).contains("ServicesModule."));
  }

  @Test
  void portRuleCatchesAnAbstractClass() {
    assertThat(violations("ports", MarginArchitecture::portsAreInterfaces))
        .anySatisfy(v -> assertThat(v).contains("PartialPort"));
  }

  @Test
  void adapterRuleCatchesAPublicImplementationOnly() {
    List<String> violations =
        violations("adapters", MarginArchitecture::adapterImplementationsAreNotPublic);

    assertThat(violations).hasSize(1).allSatisfy(v -> assertThat(v).contains("PublicPrices"));
  }

  @Test
  void doubleRuleCatchesEveryWayToLoseExactness() {
    List<String> violations = violations("doubles", MarginArchitecture::noBigDecimalFromDouble);

    assertThat(violations)
        .anySatisfy(v -> assertThat(v).contains("fromConstructor"))
        .anySatisfy(v -> assertThat(v).contains("fromValueOf"))
        .anySatisfy(v -> assertThat(v).contains("toDouble"))
        .noneSatisfy(v -> assertThat(v).contains("exact()"));
  }

  @Test
  void kernelRuleCatchesAClassOutsideTheAppButSparesTheApp() {
    List<String> violations =
        violations("kernel", MarginArchitecture::nothingOutsideTheAppReachesItsKernel);

    assertThat(violations)
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).contains("KernelUser").contains("Arithmetic"));
  }

  @Test
  void kernelRuleCatchesTheKernelCallingBackUp() {
    List<String> violations = violations("kernel", MarginArchitecture::theKernelPointsNoWayBackUp);

    assertThat(violations)
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).contains("Arithmetic").contains("Service"));
  }
}
