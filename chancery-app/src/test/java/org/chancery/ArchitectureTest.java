package org.chancery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of every module follow the data one way: read, understand, search and archive, link,
 * serve. A new cycle or an import that runs back up fails the build.
 */
class ArchitectureTest {
  // From the bottom up: a layer may use the layers before it, never those after it.
  private static final List<String> LAYERS =
      List.of(
          "org.chancery.model..",
          "org.chancery.read..",
          "org.chancery.understand..",
          "org.chancery.search..",
          "org.chancery.archive..",
          "org.chancery.link..",
          "org.chancery.solr..",
          "org.chancery.serve..");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // chancery-core's tests come in a jar (a test dependency), which the option above
            // keeps.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.chancery");
  }

  @Test
  void importsEveryModule() {
    for (String layer : LAYERS) {
      String pkg = layer.substring(0, layer.length() - 2);
      assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)),
          "no classes imported from " + pkg);
    }
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.chancery.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noLayerUsesOneAboveIt() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] above = LAYERS.subList(i + 1, LAYERS.size()).toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(LAYERS.get(i))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(above)
          .because(LAYERS.get(i) + " is below " + Arrays.toString(above))
          .check(classes);
    }
  }
}
