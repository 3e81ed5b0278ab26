package dev.margin.tests.arch;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;

/**
 * margin's architecture rules, for the packages under a root. The real rules use the root {@code
 * dev.margin}; the tests that prove each rule bites use a root holding planted violations.
 */
final class MarginArchitecture {
  private MarginArchitecture() {}

  static ArchRule layering(String root) {
    return onionArchitecture()
        .domainModels(root + ".domain.model..")
        .domainServices(root + ".domain.port..")
        .applicationServices(root + ".app..")
        .adapter("kucoin-http", root + ".adapters.http..")
        .adapter("in-memory", root + ".testkit..")
        .withOptionalLayers(true)
        // margin-micrometer sits outside the onion, beside the host: it wraps the adapter's
        // listener and the app's use cases, and nothing of margin depends on it
        .ignoreDependency(resideInAPackage(root + ".micrometer.."), alwaysTrue())
        .because("the domain is the core; adapters plug into its ports and never into each other");
  }

  static ArchRule domainDependsOnTheJdkOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..")
        .because("margin-domain has no dependencies, so that any host can use its types");
  }

  static ArchRule domainAndAppAreFreeOfFeignAndJackson(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("feign..", "com.fasterxml..")
        .because("HTTP and JSON are the adapter's business");
  }

  static ArchRule onlyModulesTouchGuice(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and(not(nameMatching(".*Module(\\$.*)?")))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..")
        .because("services are plain Java; hosts without Guice use the factories");
  }

  static ArchRule portsAreInterfaces(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain.port..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .beInterfaces()
        .because("a port is a contract that adapters implement");
  }

  static ArchRule adapterImplementationsAreNotPublic(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".adapters..")
        .and()
        .implement(resideInAPackage(root + ".domain.port.."))
        .should()
        .notBePublic()
        .because("hosts reach an adapter through its factory or module, never its class");
  }

  static ArchRule noBigDecimalFromDouble(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .callConstructor(BigDecimal.class, double.class)
        .orShould()
        .callMethod(BigDecimal.class, "valueOf", double.class)
        .orShould()
        .callMethod(BigDecimal.class, "doubleValue")
        .because("every decimal is exact: a double cannot hold 0.1");
  }

  static ArchRule nothingOutsideTheAppReachesItsKernel(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".app.internal..")
        .because(
            "margin-app's kernel is public only for its own services; its module does not export"
                + " it, and a host on the classpath must not come to rely on it either");
  }

  static ArchRule theKernelPointsNoWayBackUp(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".app.internal..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain.model..", root + ".app.internal..")
        .because("the kernel is arithmetic under the services, never a caller of them");
  }
}
