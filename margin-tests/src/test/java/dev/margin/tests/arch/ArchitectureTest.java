package dev.margin.tests.arch;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** margin's own code obeys its architecture rules. */
@AnalyzeClasses(packages = "dev.margin", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {
  static final String ROOT = "dev.margin";

  @ArchTest static final ArchRule layering = MarginArchitecture.layering(ROOT);

  @ArchTest
  static final ArchRule domainDependsOnTheJdkOnly =
      MarginArchitecture.domainDependsOnTheJdkOnly(ROOT);

  @ArchTest
  static final ArchRule domainAndAppAreFreeOfFeignAndJackson =
      MarginArchitecture.domainAndAppAreFreeOfFeignAndJackson(ROOT);

  @ArchTest
  static final ArchRule onlyModulesTouchGuice = MarginArchitecture.onlyModulesTouchGuice(ROOT);

  @ArchTest static final ArchRule portsAreInterfaces = MarginArchitecture.portsAreInterfaces(ROOT);

  @ArchTest
  static final ArchRule adapterImplementationsAreNotPublic =
      MarginArchitecture.adapterImplementationsAreNotPublic(ROOT);

  @ArchTest
  static final ArchRule noBigDecimalFromDouble = MarginArchitecture.noBigDecimalFromDouble(ROOT);

  @ArchTest
  static final ArchRule nothingOutsideTheAppReachesItsKernel =
      MarginArchitecture.nothingOutsideTheAppReachesItsKernel(ROOT);

  @ArchTest
  static final ArchRule theKernelPointsNoWayBackUp =
      MarginArchitecture.theKernelPointsNoWayBackUp(ROOT);
}
